import type { Language } from "../../core/i18n/language.ts";
import { type ApplicationFormField, formValueProblems } from "../../core/screening/application-form.ts";
import { AppError } from "../app-error.ts";

/**
 * The values of a form or a hand-entered candidate, checked against the vacancy's form: unknown
 * fields (protected columns among them: the form never asks for those) and unreadable values are
 * refused with the field named; values are stored under the form's own field names.
 */
export function checkedFields(
  form: readonly ApplicationFormField[],
  values: Readonly<Record<string, string>>,
  options: { readonly requireKnockouts: boolean; readonly language: Language },
): Record<string, string> {
  const problems = formValueProblems(form, values).filter(
    (p) => options.requireKnockouts || p.code !== "required",
  );
  const first = problems[0];
  if (first) {
    throw new AppError(
      422,
      first.code,
      "api.problem",
      { detail: first.message[options.language] },
      `fields.${first.field}`,
    );
  }
  return canonicalFields(form, values).kept;
}

/** Values under the form's field names (matched case-insensitively); the others are returned apart. */
export function canonicalFields(
  form: readonly ApplicationFormField[],
  values: Readonly<Record<string, string | null | undefined>>,
): { kept: Record<string, string>; dropped: string[] } {
  const byKey = new Map(form.map((f) => [f.field.trim().toLowerCase(), f.field]));
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = byKey.get(name.trim().toLowerCase());
    if (field === undefined) dropped.push(name);
    else if (typeof value === "string" && value.trim() !== "") kept[field] = value.trim();
  }
  return { kept, dropped };
}
