import { useState } from "react";
import { ROLES, type Role, type UserSummary } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { useUser } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDay } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { InvitationPanel } from "./InvitationPanel.tsx";
import { isRole } from "./RoleSelect.tsx";

/** /users (admin): the organisation's people and their roles, and invitation links. */
export function UsersPage() {
  const { t } = useT();
  const [users, , update] = useApiData(() => api.users(), []);
  return (
    <>
      <PageTitle title={t("users.title")}>{t("users.title")}</PageTitle>
      <p className="lead">{t("users.intro")}</p>
      {users.status === "loading" && <Loading />}
      {users.status === "failed" && <ErrorAlert error={users.error} />}
      {users.status === "ready" && (
        <UserTable
          users={users.data}
          onSaved={(u) => update((list) => list.map((x) => (x.id === u.id ? u : x)))}
        />
      )}
      <InvitationPanel />
    </>
  );
}

function UserTable({
  users,
  onSaved,
}: {
  readonly users: readonly UserSummary[];
  readonly onSaved: (user: UserSummary) => void;
}) {
  const { t, language } = useT();
  const me = useUser();
  const [draft, setDraft] = useState<Readonly<Record<string, Role>>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);

  const save = async (user: UserSummary) => {
    const role = draft[user.id];
    if (!role || role === user.role) return;
    setBusy(user.id);
    setError(null);
    setStatus("");
    try {
      const saved = await api.setRole(user.id, role);
      onSaved(saved);
      setDraft(({ [user.id]: _, ...rest }) => rest);
      setStatus(t("users.saved", { name: saved.name, role: t(`role.${saved.role}`) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <ScrollRegion labelledBy="users-caption">
        <table className="data-table">
          <caption id="users-caption">{t("users.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("account.name")}</th>
              <th scope="col">{t("account.email")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.since")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const role = draft[u.id] ?? u.role;
              const selectId = `role-${u.id}`;
              return (
                <tr key={u.id}>
                  <th scope="row">
                    {u.name}
                    {u.id === me.id && <span className="row-note">{t("users.you")}</span>}
                  </th>
                  <td>{u.email}</td>
                  <td>
                    <label htmlFor={selectId} className="visually-hidden">
                      {t("users.roleOf", { name: u.name })}
                    </label>
                    <select
                      id={selectId}
                      value={role}
                      onChange={(e) => {
                        const value = e.target.value;
                        if (isRole(value)) setDraft((d) => ({ ...d, [u.id]: value }));
                      }}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`role.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{formatDay(language, u.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={role === u.role || busy === u.id}
                      onClick={() => save(u)}
                      aria-label={t("users.saveNamed", { name: u.name })}
                    >
                      {t("common.save")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p role="status" className="hint">
        {status}
      </p>
      <ErrorAlert error={error} />
    </>
  );
}
