import { useSyncExternalStore } from "react";
import { requestFocusAfterNavigation } from "../components/focus-after-navigation.ts";
import { matchRoute, type Route } from "./routes.ts";

const NAVIGATE_EVENT = "aware:navigate";

let lastPath = window.location.pathname;
/** The address shown (path and query), to put back when leaving is refused. */
let lastAddress = window.location.pathname + window.location.search;

/**
 * A page with unsaved work asks before the app leaves it: `navigate` and the browser's back and
 * forward buttons call the blocker, which decides (e.g. after a question) whether to `proceed`.
 */
export type NavigationBlocker = (proceed: () => void) => void;
let blocker: NavigationBlocker | null = null;

/** Installs a blocker until the returned function is called (one page at a time). */
export function blockNavigation(next: NavigationBlocker): () => void {
  blocker = next;
  return () => {
    if (blocker === next) blocker = null;
  };
}

/** A new path (not just a #fragment, as the skip link makes): the new page's h1 takes the focus. */
function notePathChange(): void {
  lastAddress = window.location.pathname + window.location.search;
  if (window.location.pathname === lastPath) return;
  lastPath = window.location.pathname;
  requestFocusAfterNavigation();
}

// Registered before any page subscribes, so a refused back/forward puts the address back before the
// pages read it.
window.addEventListener("popstate", () => {
  const target = window.location.pathname + window.location.search;
  if (blocker && target !== lastAddress) {
    const ask = blocker;
    window.history.pushState(null, "", lastAddress);
    ask(() => go(target, {}));
    return;
  }
  notePathChange();
});

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = () => window.location.pathname;
const currentSearch = () => window.location.search;

/** The current path; re-renders on navigation and on the browser's back and forward buttons. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The query string of the current address (e.g. "?version=2"), kept up to date like usePath. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch);
}

export function useRoute(): Route {
  return matchRoute(usePath());
}

function go(path: string, options: { replace?: boolean }): void {
  if (options.replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  notePathChange();
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Goes to a page of the app without reloading it (after the current page's blocker agrees). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (blocker) {
    blocker(() => go(path, options));
    return;
  }
  go(path, options);
}
