import type { ApplicationFormField, FormValueProblem } from "../../../core/screening/application-form.ts";

/**
 * What a candidate has entered for one form field, before it becomes the text the engine reads:
 *  - `selected`: the radio (yes/no), the select (choice, CEFR level), or OTHER for a free answer;
 *  - `picked`: the ticked options of a list;
 *  - `text`: a typed value (number, text), the free answer of a choice, or more items of a list.
 */
export interface Answer {
  readonly selected: string;
  readonly picked: readonly string[];
  readonly text: string;
}

/** The select's value for "another answer". */
export const OTHER = "__aware_other__";

export const EMPTY_ANSWER: Answer = { selected: "", picked: [], text: "" };

/** List items, trimmed, without empty ones and without repeats (any case), joined with ";". */
export function joinListItems(items: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items.flatMap((i) => i.split(/[;,]/))) {
    const text = item.trim();
    if (text === "" || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out.join(";");
}

/** The text sent for one field ("" when nothing was given). */
export function answerValue(field: ApplicationFormField, answer: Answer): string {
  switch (field.input) {
    case "yesNo":
    case "cefr":
      return answer.selected;
    case "choice":
      return answer.selected === OTHER ? answer.text.trim() : answer.selected;
    case "list":
      return joinListItems([...answer.picked, answer.text]);
    case "number":
    case "text":
      return answer.text.trim();
  }
}

/** The `fields` of an application: every field that has a value (empty ones are left out). */
export function answerValues(
  fields: readonly ApplicationFormField[],
  answers: Readonly<Record<string, Answer>>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = answerValue(field, answers[field.field] ?? EMPTY_ANSWER);
    if (value !== "") values[field.field] = value;
  }
  return values;
}

/** The first problem per field, by the field's name. */
export function problemsByField(problems: readonly FormValueProblem[]): Map<string, FormValueProblem> {
  const byField = new Map<string, FormValueProblem>();
  for (const p of problems) if (!byField.has(p.field.toLowerCase())) byField.set(p.field.toLowerCase(), p);
  return byField;
}

/**
 * Which part of the form a server error names: the contact fields and checkboxes by their name, a
 * candidate field as `fields.<name>` or just `<name>`; undefined when it names nothing on the form.
 */
export function formPartOfServerField(
  errorField: string | undefined,
  formFields: readonly ApplicationFormField[],
):
  | { readonly kind: "own"; readonly name: string }
  | { readonly kind: "field"; readonly field: string }
  | undefined {
  if (!errorField) return undefined;
  if (["name", "email", "privacyAccepted", "preferenceClaim"].includes(errorField)) {
    return { kind: "own", name: errorField };
  }
  const name = errorField.replace(/^fields\./, "").replace(/^fields\[["']?(.*?)["']?\]$/, "$1");
  const field = formFields.find((f) => f.field.toLowerCase() === name.toLowerCase());
  return field ? { kind: "field", field: field.field } : undefined;
}
