import { formatNumber } from "./plain-language.ts";
import { readCefr, readNumber, readYes } from "./read-value.ts";
import { type Bilingual, CEFR_LEVELS, type Condition, type Vacancy } from "./vacancy.ts";

/**
 * How a candidate gives one field:
 *  - yesNo: "yes" or "no";
 *  - number: a number ≥ 0 (decimal comma allowed);
 *  - choice: one of `options`, or another text (which simply does not match);
 *  - list: any of `options` and more, stored separated by ";";
 *  - cefr: a CEFR level A1..C2, or "none";
 *  - text: free text (e.g. a country code).
 */
export type FormInput = "yesNo" | "number" | "choice" | "list" | "cefr" | "text";

export interface ApplicationFormField {
  /** The candidate field the vacancy's rules read. */
  readonly field: string;
  readonly input: FormInput;
  readonly label: Bilingual;
  /** What the answer counts for, in plain words (a requirement, points, or a person's look). */
  readonly hint: Bilingual;
  readonly options: readonly string[];
  /** Fields of knock-out rules must be answered (an honest "no" is an answer). */
  readonly required: boolean;
}

const inputOf = (condition: Condition): FormInput => {
  switch (condition.kind) {
    case "yes":
      return "yesNo";
    case "atLeast":
    case "scale":
      return "number";
    case "oneOf":
      return "choice";
    case "includes":
      return "list";
    case "cefr":
      return "cefr";
  }
};

const optionsOf = (condition: Condition): readonly string[] =>
  condition.kind === "oneOf" ? condition.values : condition.kind === "includes" ? [condition.value] : [];

const key = (field: string) => field.trim().toLowerCase();

/**
 * The fields of a vacancy's application form, one per candidate field its rules read, in the order
 * knock-outs, criteria, nice-to-haves, profile fields. Protected columns never become a field.
 */
export function applicationFormFields(vacancy: Vacancy): ApplicationFormField[] {
  const hidden = new Set(vacancy.protectedColumns.map(key));
  const byKey = new Map<
    string,
    {
      field: string;
      input: FormInput;
      label: Bilingual;
      uses: Bilingual[];
      options: string[];
      required: boolean;
    }
  >();
  /** `use` says what the answer counts for, in the candidate's words. */
  const add = (
    field: string,
    input: FormInput,
    label: Bilingual,
    use: Bilingual,
    options: readonly string[],
    required: boolean,
  ) => {
    if (hidden.has(key(field))) return;
    const existing = byKey.get(key(field));
    if (!existing) {
      byKey.set(key(field), { field, input, label, uses: [use], options: [...options], required });
      return;
    }
    // Two kinds of rule on one field: the most permissive input that both can read.
    if (existing.input !== input) existing.input = "text";
    existing.uses.push(use);
    for (const o of options)
      if (!existing.options.some((x) => x.toLowerCase() === o.toLowerCase())) existing.options.push(o);
    existing.required ||= required;
  };
  for (const rule of vacancy.knockouts) {
    add(
      rule.condition.field,
      inputOf(rule.condition),
      rule.label,
      {
        nl: `Eis '${rule.label.nl}': een sollicitatie die hier duidelijk niet aan voldoet, wordt afgewezen.`,
        en: `Requirement '${rule.label.en}': an application that clearly does not meet it is rejected.`,
      },
      optionsOf(rule.condition),
      true,
    );
  }
  for (const [rules, extra] of [
    [vacancy.criteria, { nl: "", en: "" }],
    [vacancy.niceToHaves, { nl: " (pluspunt)", en: " (nice to have)" }],
  ] as const) {
    for (const rule of rules) {
      add(
        rule.condition.field,
        inputOf(rule.condition),
        rule.label,
        {
          nl: `'${rule.label.nl}'${extra.nl}: tot ${formatNumber(rule.weight, "nl")} punten.`,
          en: `'${rule.label.en}'${extra.en}: up to ${formatNumber(rule.weight, "en")} points.`,
        },
        optionsOf(rule.condition),
        false,
      );
    }
  }
  const profile = vacancy.profileFields;
  if (profile?.careerGapMonths) {
    add(
      profile.careerGapMonths,
      "number",
      { nl: "Maanden zonder betaald werk in uw loopbaan", en: "Months without paid work in your career" },
      {
        nl: "Geen punten en nooit een reden voor afwijzing: bij een langere onderbreking kijkt een medewerker mee.",
        en: "No points and never a reason for rejection: after a longer break, a person looks at your application.",
      },
      [],
      false,
    );
  }
  if (profile?.diplomaCountry) {
    add(
      profile.diplomaCountry,
      "text",
      {
        nl: "Land van uw hoogste diploma (landcode, bijv. NL)",
        en: "Country of your highest diploma (country code, e.g. NL)",
      },
      {
        nl: "Geen punten: een diploma uit een ander land bekijkt een medewerker, zodat het goed wordt gewaardeerd.",
        en: "No points: a person looks at a diploma from another country, so it is valued properly.",
      },
      [],
      false,
    );
  }
  return [...byKey.values()].map((f) => ({
    field: f.field,
    input: f.input,
    label: f.label,
    hint: { nl: f.uses.map((u) => u.nl).join(" "), en: f.uses.map((u) => u.en).join(" ") },
    options: f.input === "cefr" ? [...CEFR_LEVELS, "none"] : f.input === "yesNo" ? ["yes", "no"] : f.options,
    required: f.required,
  }));
}

/** A problem with one submitted value, named by field. */
export interface FormValueProblem {
  readonly field: string;
  readonly code: "unknown-field" | "required" | "not-a-number" | "not-yes-no" | "not-a-level" | "too-long";
  readonly message: Bilingual;
}

const MAX_VALUE_LENGTH = 2000;

/**
 * Checks submitted form values against the form: every field known (protected columns included in
 * "unknown": the form never asks for them), required ones present, numbers, yes/no and levels
 * readable. Empty values are allowed for optional fields (missing data goes to a person).
 */
export function formValueProblems(
  fields: readonly ApplicationFormField[],
  values: Readonly<Record<string, string>>,
): FormValueProblem[] {
  const byKey = new Map(fields.map((f) => [key(f.field), f]));
  const problems: FormValueProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = byKey.get(key(name));
    if (!field) {
      problems.push({
        field: name,
        code: "unknown-field",
        message: {
          nl: `Het veld '${name}' hoort niet bij deze vacature.`,
          en: `The field '${name}' is not part of this vacancy.`,
        },
      });
      continue;
    }
    const text = value.trim();
    if (text === "") continue;
    if (text.length > MAX_VALUE_LENGTH) {
      problems.push({
        field: field.field,
        code: "too-long",
        message: {
          nl: `'${field.label.nl}' is langer dan ${MAX_VALUE_LENGTH} tekens.`,
          en: `'${field.label.en}' is longer than ${MAX_VALUE_LENGTH} characters.`,
        },
      });
    } else if (field.input === "number" && (readNumber(text) === null || (readNumber(text) ?? 0) < 0)) {
      problems.push({
        field: field.field,
        code: "not-a-number",
        message: {
          nl: `'${field.label.nl}' moet een getal van 0 of meer zijn, bijvoorbeeld 2 of 2,5.`,
          en: `'${field.label.en}' must be a number of 0 or more, for example 2 or 2.5.`,
        },
      });
    } else if (field.input === "yesNo" && readYes(text) === null) {
      problems.push({
        field: field.field,
        code: "not-yes-no",
        message: {
          nl: `Kies ja of nee bij '${field.label.nl}'.`,
          en: `Choose yes or no for '${field.label.en}'.`,
        },
      });
    } else if (field.input === "cefr" && text.toLowerCase() !== "none" && readCefr(text) === null) {
      problems.push({
        field: field.field,
        code: "not-a-level",
        message: {
          nl: `Kies een niveau A1 tot en met C2 (of 'geen') bij '${field.label.nl}'.`,
          en: `Choose a level A1 to C2 (or 'none') for '${field.label.en}'.`,
        },
      });
    }
  }
  for (const field of fields) {
    if (!field.required) continue;
    const given = Object.entries(values).find(([name]) => key(name) === key(field.field))?.[1];
    if (given === undefined || given.trim() === "") {
      problems.push({
        field: field.field,
        code: "required",
        message: { nl: `Vul '${field.label.nl}' in.`, en: `Please answer '${field.label.en}'.` },
      });
    }
  }
  return problems;
}
