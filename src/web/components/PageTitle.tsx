import { type ReactNode, useEffect } from "react";

/**
 * The page's h1, which also names the browser tab (WCAG 2.4.2). It can take focus (tabIndex -1) so
 * the app shell can move focus to it after navigation and screen readers announce the new page.
 */
export function PageTitle({ children, title }: { readonly children: ReactNode; readonly title: string }) {
  useEffect(() => {
    document.title = `${title} · Aware`;
  }, [title]);
  return (
    <h1 tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
