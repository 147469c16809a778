/**
 * After the app changes page without a page load, screen readers say nothing and focus is left on a
 * link that no longer exists. The router (and a sign-in) ask for focus here; the next page's h1
 * (PageTitle) takes it when it mounts, even when the page arrives later (a lazily loaded chunk).
 */
let pending = false;

export function requestFocusAfterNavigation(): void {
  pending = true;
}

/** True once after a request: the caller should take the focus. */
export function takeFocusRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}
