import { type ReactNode, useEffect, useRef } from "react";
import { takeFocusRequest } from "./focus-after-navigation.ts";

/**
 * The page's h1, which also names the browser tab (WCAG 2.4.2). After navigating inside the app it
 * takes the focus (tabIndex -1), so screen readers announce the new page and Tab starts from there.
 */
export function PageTitle({ children, title }: { readonly children: ReactNode; readonly title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Aware`;
  }, [title]);
  useEffect(() => {
    if (takeFocusRequest()) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
