import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import { useSession } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { errorMessage } from "../../components/error-message.ts";
import { splitServerError } from "../../components/form-errors.ts";
import { TextField } from "../../components/TextField.tsx";
import { useT } from "../../i18n/use-t.ts";
import { AccountFields } from "./AccountFields.tsx";
import { type AccountValues, accountErrors } from "./account-fields.ts";

const FIELDS = ["organisationName", "name", "email", "password"] as const;
type Field = (typeof FIELDS)[number];

/** The organisation and its first admin (POST /api/setup), who is then signed in. */
export function SetupForm() {
  const { t } = useT();
  const { setSession } = useSession();
  const [organisationName, setOrganisationName] = useState("");
  const [account, setAccount] = useState<AccountValues>({ name: "", email: "", password: "" });
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<{ field: Field | undefined; error: unknown } | null>(null);

  const errors = checked ? accountErrors(account) : {};
  const organisationError = checked && organisationName.trim() === "" ? t("form.error.required") : undefined;
  const fieldError = (f: Field) =>
    serverError?.field === f ? errorMessage(serverError.error, t) : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setServerError(null);
    if (organisationName.trim() === "" || Object.keys(accountErrors(account)).length > 0) return;
    setBusy(true);
    try {
      setSession(
        await api.setup({
          organisationName: organisationName.trim(),
          name: account.name.trim(),
          email: account.email.trim(),
          password: account.password,
        }),
      );
    } catch (error) {
      setServerError(splitServerError(error, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {serverError && !serverError.field && <ErrorAlert error={serverError.error} />}
      <TextField
        id="setup-organisation"
        label={t("setup.organisationName")}
        value={organisationName}
        onChange={setOrganisationName}
        autoComplete="organization"
        required
        error={organisationError ?? fieldError("organisationName")}
      />
      <AccountFields
        idPrefix="setup"
        values={account}
        onChange={setAccount}
        errors={errors}
        serverErrors={{
          name: fieldError("name"),
          email: fieldError("email"),
          password: fieldError("password"),
        }}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t("common.busy") : t("setup.submit")}
      </button>
    </form>
  );
}
