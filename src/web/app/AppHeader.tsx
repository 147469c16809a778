import { useState } from "react";
import type { SessionUser } from "../../server/api-types.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Link } from "../components/Link.tsx";
import type { UiKey } from "../i18n/en.ts";
import { useT } from "../i18n/use-t.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { can, type Permission } from "./permissions.ts";
import { navigate } from "./router.ts";
import { paths, type Route } from "./routes.ts";
import { useSession } from "./session-context.tsx";

interface NavItem {
  readonly label: UiKey;
  readonly to: string;
  /** Who sees the item; null: everyone, signed in or not (a public page). */
  readonly permission: Permission | null;
  readonly routes: readonly Route["name"][];
}

const NAV: readonly NavItem[] = [
  {
    label: "nav.audits",
    to: paths.audits(),
    permission: "viewAudits",
    routes: ["audits", "report", "compare"],
  },
  { label: "nav.newAudit", to: paths.newAudit(), permission: "runAudits", routes: ["new-audit"] },
  { label: "nav.discover", to: paths.discover(), permission: "runDiscovery", routes: ["discover"] },
  {
    label: "nav.screening",
    to: paths.vacancies(),
    permission: "viewScreening",
    routes: ["vacancies", "new-vacancy", "edit-vacancy", "vacancy"],
  },
  {
    label: "nav.assessments",
    to: paths.assessments(),
    permission: "viewAssessments",
    routes: ["assessments", "assessment"],
  },
  { label: "nav.users", to: paths.users(), permission: "manageUsers", routes: ["users"] },
  { label: "nav.activity", to: paths.activity(), permission: "viewActivity", routes: ["activity"] },
  { label: "nav.wording", to: paths.checkText(), permission: null, routes: ["check-text"] },
  { label: "nav.learn", to: paths.learn(), permission: null, routes: ["learn"] },
];

export function AppHeader({ user, route }: { readonly user: SessionUser | null; readonly route: Route }) {
  const { t } = useT();
  const { logout } = useSession();
  const [error, setError] = useState<unknown>(null);
  const items = NAV.filter((item) =>
    item.permission === null ? true : user ? can(user.role, item.permission) : false,
  );
  const signOut = async () => {
    setError(null);
    try {
      await logout();
      navigate(paths.audits());
    } catch (e) {
      setError(e);
    }
  };
  return (
    <header className="app-header">
      <div className="header-row">
        <Link to={paths.audits()} className="brand">
          Aware
          <span className="brand-tagline">{t("app.tagline")}</span>
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          {user && (
            <div className="user-box">
              <span className="user-name">
                {t("header.signedInAs", { name: user.name, role: t(`role.${user.role}`) })}
                <span className="user-organisation">{user.organisation.name}</span>
              </span>
              <button type="button" className="button button-small" onClick={signOut}>
                {t("header.logout")}
              </button>
            </div>
          )}
        </div>
      </div>
      {items.length > 0 && (
        <nav aria-label={t("nav.label")} className="main-nav">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.routes.includes(route.name) ? "page" : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {user?.organisation.isDemo && <p className="demo-banner">{t("header.demo")}</p>}
      <ErrorAlert error={error} />
    </header>
  );
}
