/** The sections of a vacancy's page, each at /vacancies/:id/<section> (review is the default). */
export const VACANCY_SECTIONS = ["review", "candidates", "log", "audit", "monitoring"] as const;
export type VacancySection = (typeof VACANCY_SECTIONS)[number];

const isVacancySection = (s: string): s is VacancySection =>
  (VACANCY_SECTIONS as readonly string[]).includes(s);

/** The pages of the workbench, by URL path (history-based; the server answers index.html for them). */
export type Route =
  | { readonly name: "audits" }
  | { readonly name: "new-audit" }
  | { readonly name: "report"; readonly id: string }
  | { readonly name: "compare"; readonly a: string; readonly b: string }
  /** Discovery (issue 5): `?upload=ID` or `?vacancy=ID` preselects the source (see useSearch). */
  | { readonly name: "discover" }
  | { readonly name: "users" }
  | { readonly name: "activity" }
  | { readonly name: "invite"; readonly token: string }
  | { readonly name: "vacancies" }
  | { readonly name: "new-vacancy" }
  | { readonly name: "edit-vacancy"; readonly id: string }
  | { readonly name: "vacancy"; readonly id: string; readonly section: VacancySection }
  /** The before-deployment assessment (issue 6); an older version is `?version=N` (see useSearch). */
  | { readonly name: "assessments" }
  | { readonly name: "assessment"; readonly id: string }
  /** The awareness explainer (issue 6): public, no login. */
  | { readonly name: "learn" }
  /** The vacancy text check (issue 6): public, runs in the browser. */
  | { readonly name: "check-text" }
  /** Public pages (no login): the application form and the candidate's status page. */
  | { readonly name: "apply"; readonly token: string }
  | { readonly name: "application"; readonly token: string }
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
    if (first === "discover") return { name: "discover" };
    if (first === "assessments") return { name: "assessments" };
    if (first === "learn") return { name: "learn" };
    if (first === "check-text") return { name: "check-text" };
  }
  if (first === "assessments" && second !== undefined && third === undefined) {
    const id = decode(second);
    return id ? { name: "assessment", id } : { name: "not-found" };
  }
  if (first === "vacancies") return vacancyRoute(second, third);
  if ((first === "invite" || first === "apply" || first === "application") && second !== undefined) {
    const token = third === undefined ? decode(second) : undefined;
    return token ? { name: first, token } : { name: "not-found" };
  }
  return { name: "not-found" };
}

function vacancyRoute(second: string | undefined, third: string | undefined): Route {
  if (second === undefined) return { name: "vacancies" };
  if (second === "new") return third === undefined ? { name: "new-vacancy" } : { name: "not-found" };
  const id = decode(second);
  if (!id) return { name: "not-found" };
  if (third === undefined) return { name: "vacancy", id, section: "review" };
  if (third === "edit") return { name: "edit-vacancy", id };
  return isVacancySection(third) ? { name: "vacancy", id, section: third } : { name: "not-found" };
}

const segment = (s: string) => encodeURIComponent(s);

/** Paths of the pages, the inverse of matchRoute. */
export const paths = {
  audits: () => "/",
  newAudit: () => "/audits/new",
  report: (id: string) => `/audits/${segment(id)}`,
  compare: (a: string, b: string) => `/compare/${segment(a)}/${segment(b)}`,
  /** The discovery page, with an upload or a vacancy's decision log chosen. */
  discover: (source?: { readonly upload: string } | { readonly vacancy: string }) =>
    source === undefined
      ? "/discover"
      : "upload" in source
        ? `/discover?upload=${segment(source.upload)}`
        : `/discover?vacancy=${segment(source.vacancy)}`,
  users: () => "/users",
  activity: () => "/activity",
  invite: (token: string) => `/invite/${segment(token)}`,
  vacancies: () => "/vacancies",
  newVacancy: () => "/vacancies/new",
  editVacancy: (id: string) => `/vacancies/${segment(id)}/edit`,
  vacancy: (id: string, section: VacancySection = "review") =>
    section === "review" ? `/vacancies/${segment(id)}` : `/vacancies/${segment(id)}/${section}`,
  assessments: () => "/assessments",
  /** An assessment; with `version`, that saved version, read-only. */
  assessment: (id: string, version?: number) =>
    `/assessments/${segment(id)}${version === undefined ? "" : `?version=${version}`}`,
  learn: () => "/learn",
  checkText: () => "/check-text",
  apply: (token: string) => `/apply/${segment(token)}`,
  application: (token: string) => `/application/${segment(token)}`,
};
