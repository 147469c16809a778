import { readNumber } from "../../../core/screening/read-value.ts";
import type {
  Bilingual,
  CefrLevel,
  Condition,
  Criterion,
  KnockoutRule,
  Vacancy,
} from "../../../core/screening/vacancy.ts";
import type {
  PreferenceGroup,
  PreferentialPolicy,
  VacancyDetail,
  VacancyRequest,
  VacancyStatus,
} from "../../../server/api-types.ts";

/**
 * The vacancy editor's state: the definition with every number kept as the text the user typed (so
 * "2," can be on its way to "2,5"), plus the settings saved beside it. `draftToRequest` turns it into
 * the request; numbers that cannot be read become NaN, which checkVacancy names as a problem.
 */
export const CONDITION_KINDS = ["yes", "atLeast", "scale", "oneOf", "includes", "cefr"] as const;
export type ConditionKind = Condition["kind"];

export interface ConditionDraft {
  readonly kind: ConditionKind;
  readonly field: string;
  /** atLeast: the number; includes: the text to look for. */
  readonly value: string;
  readonly from: string;
  readonly to: string;
  /** oneOf: the accepted answers, one per line. */
  readonly values: string;
  readonly level: CefrLevel;
}

export type RuleGroup = "knockouts" | "criteria" | "niceToHaves";
export const RULE_GROUPS: readonly RuleGroup[] = ["knockouts", "criteria", "niceToHaves"];

/** A knock-out rule (which has a reason) or a criterion (which has a weight), as edited. */
export interface RuleDraft {
  /** React's key: stable while rules are added and removed. */
  readonly key: string;
  /** The rule's id in the definition; empty for a new rule until it gets one from its label. */
  readonly id: string;
  readonly label: Bilingual;
  readonly reason: Bilingual;
  readonly weight: string;
  readonly condition: ConditionDraft;
}

export interface PolicyDraft {
  readonly enabled: boolean;
  readonly group: PreferenceGroup;
  readonly justification: string;
  readonly statement: Bilingual;
}

export interface VacancyDraft {
  readonly id: string;
  readonly title: Bilingual;
  readonly knockouts: readonly RuleDraft[];
  readonly criteria: readonly RuleDraft[];
  readonly niceToHaves: readonly RuleDraft[];
  readonly advance: string;
  readonly review: string;
  /** Separated by commas. */
  readonly protectedColumns: string;
  readonly careerGapMonths: string;
  readonly maxGapMonths: string;
  readonly diplomaCountry: string;
  readonly homeCountry: string;
  readonly status: VacancyStatus;
  readonly policy: PolicyDraft;
  readonly monitoringEnabled: boolean;
  readonly retentionDays: string;
}

export const DEFAULT_RETENTION_DAYS = 365;
export const MIN_JUSTIFICATION_LENGTH = 20;

let keys = 0;
const newKey = () => `rule-${++keys}`;

const EMPTY_TEXT: Bilingual = { nl: "", en: "" };

/** A number as typed: empty and unreadable text become NaN (checkVacancy reports it). */
export const parseNumber = (text: string): number => readNumber(text) ?? Number.NaN;

const numberText = (x: unknown): string => (typeof x === "number" && Number.isFinite(x) ? String(x) : "");

export function conditionToDraft(condition: Condition): ConditionDraft {
  const base: ConditionDraft = {
    kind: condition.kind,
    field: String(condition.field ?? ""),
    value: "",
    from: "",
    to: "",
    values: "",
    level: "B1",
  };
  switch (condition.kind) {
    case "yes":
      return base;
    case "atLeast":
      return { ...base, value: numberText(condition.value) };
    case "scale":
      return { ...base, from: numberText(condition.from), to: numberText(condition.to) };
    case "oneOf":
      return { ...base, values: (condition.values ?? []).join("\n") };
    case "includes":
      return { ...base, value: String(condition.value ?? "") };
    case "cefr":
      return { ...base, level: condition.level };
  }
}

export function conditionFromDraft(d: ConditionDraft): Condition {
  const field = d.field.trim();
  switch (d.kind) {
    case "yes":
      return { kind: "yes", field };
    case "atLeast":
      return { kind: "atLeast", field, value: parseNumber(d.value) };
    case "scale":
      return { kind: "scale", field, from: parseNumber(d.from), to: parseNumber(d.to) };
    case "oneOf":
      return {
        kind: "oneOf",
        field,
        values: d.values
          .split("\n")
          .map((v) => v.trim())
          .filter((v) => v !== ""),
      };
    case "includes":
      return { kind: "includes", field, value: d.value.trim() };
    case "cefr":
      return { kind: "cefr", field, level: d.level };
  }
}

/** A new, empty rule of a group. */
export function newRule(group: RuleGroup): RuleDraft {
  return {
    key: newKey(),
    id: "",
    label: EMPTY_TEXT,
    reason: EMPTY_TEXT,
    weight: group === "niceToHaves" ? "5" : "10",
    condition: conditionToDraft({ kind: "yes", field: "" }),
  };
}

const ruleToDraft = (rule: KnockoutRule | Criterion): RuleDraft => ({
  key: newKey(),
  id: rule.id,
  label: rule.label,
  reason: "reason" in rule ? rule.reason : EMPTY_TEXT,
  weight: "weight" in rule ? numberText(rule.weight) : "",
  condition: conditionToDraft(rule.condition),
});

/** Settings saved beside the definition; a new vacancy starts as a draft without a policy. */
export interface VacancySettings {
  readonly status: VacancyStatus;
  readonly preferentialPolicy: PreferentialPolicy | null;
  readonly monitoring: { readonly enabled: boolean; readonly retentionDays: number };
}

export const DEFAULT_SETTINGS: VacancySettings = {
  status: "draft",
  preferentialPolicy: null,
  monitoring: { enabled: true, retentionDays: DEFAULT_RETENTION_DAYS },
};

export function draftFromVacancy(
  vacancy: Vacancy,
  settings: VacancySettings = DEFAULT_SETTINGS,
): VacancyDraft {
  const policy = settings.preferentialPolicy;
  const profile = vacancy.profileFields ?? {};
  return {
    id: vacancy.id,
    title: vacancy.title,
    knockouts: vacancy.knockouts.map(ruleToDraft),
    criteria: vacancy.criteria.map(ruleToDraft),
    niceToHaves: (vacancy.niceToHaves ?? []).map(ruleToDraft),
    advance: numberText(vacancy.thresholds.advance),
    review: numberText(vacancy.thresholds.review),
    protectedColumns: (vacancy.protectedColumns ?? []).join(", "),
    careerGapMonths: profile.careerGapMonths ?? "",
    maxGapMonths: numberText(profile.maxGapMonths),
    diplomaCountry: profile.diplomaCountry ?? "",
    homeCountry: profile.homeCountry ?? "",
    status: settings.status,
    policy: {
      enabled: policy?.enabled ?? false,
      group: policy?.group ?? "women",
      justification: policy?.justification ?? "",
      statement: policy?.statement ?? EMPTY_TEXT,
    },
    monitoringEnabled: settings.monitoring.enabled,
    retentionDays: String(settings.monitoring.retentionDays),
  };
}

export const draftFromDetail = (detail: VacancyDetail): VacancyDraft =>
  draftFromVacancy(detail.definition, {
    status: detail.status,
    preferentialPolicy: detail.preferentialPolicy,
    monitoring: detail.monitoring,
  });

const trimmed = (text: Bilingual): Bilingual => ({ nl: text.nl.trim(), en: text.en.trim() });

/** A readable id from a label: "Rijbewijs B" → "rijbewijs-b". */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** Ids for rules that have none yet, from their label, never clashing with another rule's id. */
function assignIds(draft: VacancyDraft): Map<string, string> {
  const all = RULE_GROUPS.flatMap((g) => draft[g]);
  const taken = new Set(all.map((r) => r.id).filter((id) => id !== ""));
  const ids = new Map<string, string>();
  for (const rule of all) {
    if (rule.id !== "") {
      ids.set(rule.key, rule.id);
      continue;
    }
    const base = slug(rule.label.en) || slug(rule.label.nl) || "rule";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(rule.key, id);
  }
  return ids;
}

type ProfileFields = NonNullable<Vacancy["profileFields"]>;

const columns = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((c) => c.trim())
    .filter((c) => c !== "");

/** The definition the draft describes ("aware.vacancy/1"). */
export function draftToVacancy(draft: VacancyDraft): Vacancy {
  const ids = assignIds(draft);
  const criterion = (r: RuleDraft): Criterion => ({
    id: ids.get(r.key) ?? r.id,
    label: trimmed(r.label),
    weight: parseNumber(r.weight),
    condition: conditionFromDraft(r.condition),
  });
  const profileFields: { -readonly [K in keyof ProfileFields]: ProfileFields[K] } = {};
  if (draft.careerGapMonths.trim() !== "") profileFields.careerGapMonths = draft.careerGapMonths.trim();
  if (draft.maxGapMonths.trim() !== "") profileFields.maxGapMonths = parseNumber(draft.maxGapMonths);
  if (draft.diplomaCountry.trim() !== "") profileFields.diplomaCountry = draft.diplomaCountry.trim();
  if (draft.homeCountry.trim() !== "") profileFields.homeCountry = draft.homeCountry.trim();
  return {
    schema: "aware.vacancy/1",
    id: draft.id.trim(),
    title: trimmed(draft.title),
    knockouts: draft.knockouts.map((r) => ({
      id: ids.get(r.key) ?? r.id,
      label: trimmed(r.label),
      reason: trimmed(r.reason),
      condition: conditionFromDraft(r.condition),
    })),
    criteria: draft.criteria.map(criterion),
    niceToHaves: draft.niceToHaves.map(criterion),
    thresholds: { advance: parseNumber(draft.advance), review: parseNumber(draft.review) },
    protectedColumns: columns(draft.protectedColumns),
    ...(Object.keys(profileFields).length > 0 ? { profileFields } : {}),
  };
}

/** The body of POST /api/vacancies and PUT /api/vacancies/:id. */
export function draftToRequest(draft: VacancyDraft): VacancyRequest {
  const p = draft.policy;
  return {
    definition: draftToVacancy(draft),
    status: draft.status,
    preferentialPolicy: p.enabled
      ? {
          enabled: true,
          group: p.group,
          justification: p.justification.trim(),
          statement: trimmed(p.statement),
        }
      : null,
    monitoring: { enabled: draft.monitoringEnabled, retentionDays: parseNumber(draft.retentionDays) },
  };
}
