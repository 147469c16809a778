/** The pages of the workbench, by URL path (history-based; the server answers index.html for them). */
export type Route =
  | { readonly name: "audits" }
  | { readonly name: "new-audit" }
  | { readonly name: "report"; readonly id: string }
  | { readonly name: "compare"; readonly a: string; readonly b: string }
  | { readonly name: "users" }
  | { readonly name: "activity" }
  | { readonly name: "invite"; readonly token: string }
  | { readonly name: "not-found" };

function decode(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    return value === "" ? undefined : value;
  } catch {
    return undefined;
  }
}

/** The route of a path such as "/audits/42"; a trailing slash is ignored. */
export function matchRoute(pathname: string): Route {
  const parts = pathname.split("/").filter((p) => p !== "");
  const [first, second, third, ...rest] = parts;
  if (rest.length > 0) return { name: "not-found" };
  if (first === undefined) return { name: "audits" };
  if (first === "audits") {
    if (second === undefined) return { name: "audits" };
    if (third !== undefined) return { name: "not-found" };
    if (second === "new") return { name: "new-audit" };
    const id = decode(second);
    return id ? { name: "report", id } : { name: "not-found" };
  }
  if (first === "compare" && second !== undefined && third !== undefined) {
    const a = decode(second);
    const b = decode(third);
    return a && b ? { name: "compare", a, b } : { name: "not-found" };
  }
  if (second === undefined && third === undefined) {
    if (first === "users") return { name: "users" };
    if (first === "activity") return { name: "activity" };
  }
  if (first === "invite" && second !== undefined && third === undefined) {
    const token = decode(second);
    return token ? { name: "invite", token } : { name: "not-found" };
  }
  return { name: "not-found" };
}

const segment = (s: string) => encodeURIComponent(s);

/** Paths of the pages, the inverse of matchRoute. */
export const paths = {
  audits: () => "/",
  newAudit: () => "/audits/new",
  report: (id: string) => `/audits/${segment(id)}`,
  compare: (a: string, b: string) => `/compare/${segment(a)}/${segment(b)}`,
  users: () => "/users",
  activity: () => "/activity",
  invite: (token: string) => `/invite/${segment(token)}`,
};
