import { type ReactNode, useEffect, useRef } from "react";
import type { SessionUser } from "../../server/api-types.ts";
import { useT } from "../i18n/use-t.ts";
import { AppHeader } from "./AppHeader.tsx";
import { usePath } from "./router.ts";
import { matchRoute } from "./routes.ts";

/**
 * The frame of every page: a skip link, the header with navigation and language, the main region
 * and a footer. After navigating inside the app, focus moves to the new page's h1 so screen readers
 * announce it (a full page load would have done that).
 */
export function AppShell({ user, children }: { readonly user: SessionUser | null; readonly children: ReactNode }) {
  const { t } = useT();
  const path = usePath();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = "";
    const heading = main.current?.querySelector<HTMLElement>("h1");
    (heading ?? main.current)?.focus();
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <AppHeader user={user} route={matchRoute(path)} />
      <main id="main" ref={main} tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
