import { useSyncExternalStore } from "react";
import { requestFocusAfterNavigation } from "../components/focus-after-navigation.ts";
import { matchRoute, type Route } from "./routes.ts";

const NAVIGATE_EVENT = "aware:navigate";

let lastPath = window.location.pathname;

/** A new path (not just a #fragment, as the skip link makes): the new page's h1 takes the focus. */
function notePathChange(): void {
  if (window.location.pathname === lastPath) return;
  lastPath = window.location.pathname;
  requestFocusAfterNavigation();
}

window.addEventListener("popstate", notePathChange);

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** The current path; re-renders on navigation and on the browser's back and forward buttons. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function useRoute(): Route {
  return matchRoute(usePath());
}

/** Goes to a page of the app without reloading it. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  notePathChange();
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
