import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import { navigate } from "../../app/router.ts";
import { paths } from "../../app/routes.ts";
import { useSession } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { errorMessage } from "../../components/error-message.ts";
import { splitServerError } from "../../components/form-errors.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";
import { AccountFields } from "../welcome/AccountFields.tsx";
import { type AccountValues, accountErrors } from "../welcome/account-fields.ts";

const FIELDS = ["name", "email", "password"] as const;
type Field = (typeof FIELDS)[number];

/** /invite/:token: who invites you, in which role, and the form to create your account. */
export function AcceptInvitationPage({ token }: { readonly token: string }) {
  const { t } = useT();
  const { state, setSession } = useSession();
  const [invitation] = useApiData(() => api.invitation(token), [token]);
  const [account, setAccount] = useState<AccountValues>({ name: "", email: "", password: "" });
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<{ field: Field | undefined; error: unknown } | null>(null);
  const signedIn = state.status === "ready" ? state.session.user : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setServerError(null);
    if (Object.keys(accountErrors(account)).length > 0) return;
    setBusy(true);
    try {
      const session = await api.acceptInvitation(token, {
        name: account.name.trim(),
        email: account.email.trim(),
        password: account.password,
      });
      navigate(paths.audits());
      setSession(session);
    } catch (error) {
      setServerError(splitServerError(error, FIELDS));
      setBusy(false);
    }
  };
  const fieldError = (f: Field) =>
    serverError?.field === f ? errorMessage(serverError.error, t) : undefined;

  return (
    <div className="narrow">
      <PageTitle title={t("invite.title")}>{t("invite.title")}</PageTitle>
      {invitation.status === "loading" && <Loading />}
      {invitation.status === "failed" && <ErrorAlert error={invitation.error} />}
      {invitation.status === "ready" && !invitation.data.valid && (
        <div className="alert alert-error" role="alert">
          {t("invite.invalid")}
        </div>
      )}
      {invitation.status === "ready" && invitation.data.valid && (
        <>
          <p className="lead">
            {t("invite.intro", {
              organisation: invitation.data.organisationName,
              role: t(`role.${invitation.data.role}`),
            })}
          </p>
          <p>{t(`roleInfo.${invitation.data.role}`)}</p>
          {signedIn && <p className="alert alert-info">{t("invite.signedIn", { name: signedIn.name })}</p>}
          <form onSubmit={submit} noValidate className="form">
            {serverError && !serverError.field && <ErrorAlert error={serverError.error} />}
            <AccountFields
              idPrefix="invite"
              values={account}
              onChange={setAccount}
              errors={checked ? accountErrors(account) : {}}
              serverErrors={{
                name: fieldError("name"),
                email: fieldError("email"),
                password: fieldError("password"),
              }}
            />
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t("common.busy") : t("invite.submit")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
