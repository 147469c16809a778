import type { ReactNode } from "react";
import type { SessionUser } from "../../server/api-types.ts";
import { useT } from "../i18n/use-t.ts";
import { AppHeader } from "./AppHeader.tsx";
import { usePath } from "./router.ts";
import { matchRoute } from "./routes.ts";

/**
 * The frame of every page: a skip link, the header with navigation and language, the main region
 * and a footer. (After navigating inside the app, the new page's h1 takes the focus: PageTitle.)
 */
export function AppShell({
  user,
  children,
}: {
  readonly user: SessionUser | null;
  readonly children: ReactNode;
}) {
  const { t } = useT();
  const path = usePath();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <AppHeader user={user} route={matchRoute(path)} />
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
