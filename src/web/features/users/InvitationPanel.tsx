import { type FormEvent, useState } from "react";
import type { InvitationResponse, Role } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { CopyField } from "../../components/CopyField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { invitationLink } from "./invitation-link.ts";
import { RoleSelect } from "./RoleSelect.tsx";

/** Creates an invitation link for a role (POST /api/invitations) and shows it to copy. */
export function InvitationPanel() {
  const { t, language } = useT();
  const [role, setRole] = useState<Role>("hr");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invitation, setInvitation] = useState<InvitationResponse | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setInvitation(await api.createInvitation({ role }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="invite-heading" className="card">
      <h2 id="invite-heading">{t("users.invite")}</h2>
      <p>{t("users.inviteIntro")}</p>
      <form onSubmit={submit} className="form inline-form">
        <RoleSelect id="invite-role" label={t("users.inviteRole")} value={role} onChange={setRole} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("users.inviteCreate")}
        </button>
      </form>
      <p className="hint">{t(`roleInfo.${role}`)}</p>
      <ErrorAlert error={error} />
      {invitation && (
        <div className="invitation-result">
          <CopyField
            label={t("users.inviteLink", { role: t(`role.${invitation.role}`) })}
            value={invitationLink(window.location.origin, invitation.path)}
          />
          <p>{t("users.inviteExpires", { date: formatDateTime(language, invitation.expiresAt) })}</p>
        </div>
      )}
    </section>
  );
}
