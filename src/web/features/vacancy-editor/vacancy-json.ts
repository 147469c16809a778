import type { Vacancy } from "../../../core/screening/vacancy.ts";
import { CONDITION_KINDS } from "./vacancy-draft.ts";

/**
 * Reading a vacancy file ("aware.vacancy/1") into the editor. Only the shape is checked here, with the
 * path of the first thing that is missing; what the rules mean is checkVacancy's job, shown in the editor.
 */
export type VacancyJsonResult =
  | { readonly ok: true; readonly vacancy: Vacancy }
  | { readonly ok: false; readonly problem: "json" | "schema" | "shape"; readonly path: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is { nl: string; en: string } =>
  isObject(x) && typeof x.nl === "string" && typeof x.en === "string";

function ruleProblem(rule: unknown, path: string, knockout: boolean): string | null {
  if (!isObject(rule)) return path;
  if (typeof rule.id !== "string") return `${path}.id`;
  if (!isText(rule.label)) return `${path}.label`;
  if (knockout && !isText(rule.reason)) return `${path}.reason`;
  if (!knockout && typeof rule.weight !== "number") return `${path}.weight`;
  const c = rule.condition;
  if (!isObject(c)) return `${path}.condition`;
  if (!(CONDITION_KINDS as readonly unknown[]).includes(c.kind)) return `${path}.condition.kind`;
  if (typeof c.field !== "string") return `${path}.condition.field`;
  if (c.kind === "oneOf" && !(Array.isArray(c.values) && c.values.every((v) => typeof v === "string"))) {
    return `${path}.condition.values`;
  }
  return null;
}

export function parseVacancyJson(text: string): VacancyJsonResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "json", path: "" };
  }
  if (!isObject(json) || json.schema !== "aware.vacancy/1")
    return { ok: false, problem: "schema", path: "schema" };
  const fail = (path: string): VacancyJsonResult => ({ ok: false, problem: "shape", path });
  if (typeof json.id !== "string") return fail("id");
  if (!isText(json.title)) return fail("title");
  if (json.niceToHaves === undefined) json = { ...json, niceToHaves: [] };
  const v = json as Record<string, unknown>;
  for (const group of ["knockouts", "criteria", "niceToHaves"] as const) {
    const rules = v[group];
    if (!Array.isArray(rules)) return fail(group);
    for (const [i, rule] of rules.entries()) {
      const problem = ruleProblem(rule, `${group}[${i}]`, group === "knockouts");
      if (problem) return fail(problem);
    }
  }
  const thresholds = v.thresholds;
  if (
    !isObject(thresholds) ||
    typeof thresholds.advance !== "number" ||
    typeof thresholds.review !== "number"
  ) {
    return fail("thresholds");
  }
  if (v.protectedColumns === undefined) v.protectedColumns = [];
  if (!Array.isArray(v.protectedColumns) || !v.protectedColumns.every((c) => typeof c === "string")) {
    return fail("protectedColumns");
  }
  if (v.profileFields !== undefined && !isObject(v.profileFields)) return fail("profileFields");
  return { ok: true, vacancy: v as unknown as Vacancy };
}

/** The definition as a file to download: pretty-printed JSON. */
export const vacancyJsonText = (vacancy: Vacancy): string => `${JSON.stringify(vacancy, null, 2)}\n`;

/** A file name for the definition: its id, made safe. */
export const vacancyFileName = (vacancy: Vacancy): string =>
  `${vacancy.id.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "vacancy"}.json`;
