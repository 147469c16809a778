import type { Language } from "../../../core/i18n/language.ts";
import type { VacancyCheck } from "../../../core/screening/vacancy-problem.ts";
import type { DefinitionWordingFinding } from "../../../core/wording/vacancy-definition-wording.ts";
import { CATEGORY_LABELS } from "../../../core/wording/wording-labels.ts";
import type { UiKey } from "../../i18n/en.ts";
import { MIN_JUSTIFICATION_LENGTH, RULE_GROUPS, type VacancyDraft } from "./vacancy-draft.ts";

/**
 * A problem shown in the editor, at a path of the vacancy request ("criteria[2].condition.field",
 * "thresholds.review", "monitoring.retentionDays"): an error refuses the vacancy, a warning explains a risk.
 */
export interface Note {
  readonly path: string;
  readonly severity: "error" | "warning";
  readonly text: string;
}

/** checkVacancy's errors and warnings (or the server's, from a 422) in the interface's language. */
export function notesFromCheck(check: VacancyCheck, language: Language): Note[] {
  return [
    ...check.errors.map((p) => ({ path: p.path, severity: "error" as const, text: p.message[language] })),
    ...check.warnings.map((p) => ({ path: p.path, severity: "warning" as const, text: p.message[language] })),
  ];
}

/**
 * The vacancy text check on the published texts (title, labels, reasons), as warnings at the field:
 * the same check as the vacancy text page, so the wording of a rule is looked at too.
 */
export function notesFromWording(findings: readonly DefinitionWordingFinding[], language: Language): Note[] {
  const word = language === "nl" ? "Formulering" : "Wording";
  return findings.map(({ path, finding }) => ({
    path,
    severity: "warning" as const,
    text: `${word} (${CATEGORY_LABELS[language][finding.category]})${finding.text ? ` '${finding.text}'` : ""}: ${finding.explanation[language]} ${finding.suggestion[language]}`,
  }));
}

/** What the form itself requires beyond checkVacancy: texts in both languages, the policy, retention. */
export interface DraftProblem {
  readonly path: string;
  readonly key: UiKey;
}

export const MAX_RETENTION_DAYS = 730;

export function draftProblems(draft: VacancyDraft): DraftProblem[] {
  const out: DraftProblem[] = [];
  const required = (path: string, text: string) => {
    if (text.trim() === "") out.push({ path, key: "form.error.required" });
  };
  required("id", draft.id);
  required("title.nl", draft.title.nl);
  required("title.en", draft.title.en);
  for (const group of RULE_GROUPS) {
    draft[group].forEach((rule, i) => {
      required(`${group}[${i}].label.nl`, rule.label.nl);
      required(`${group}[${i}].label.en`, rule.label.en);
      if (group === "knockouts") {
        required(`${group}[${i}].reason.nl`, rule.reason.nl);
        required(`${group}[${i}].reason.en`, rule.reason.en);
      }
    });
  }
  if (draft.policy.enabled) {
    if (draft.policy.justification.trim().length < MIN_JUSTIFICATION_LENGTH) {
      out.push({ path: "preferentialPolicy.justification", key: "editor.error.justification" });
    }
    required("preferentialPolicy.statement.nl", draft.policy.statement.nl);
    required("preferentialPolicy.statement.en", draft.policy.statement.en);
  }
  const days = Number(draft.retentionDays.trim());
  if (!/^\d+$/.test(draft.retentionDays.trim()) || days < 1 || days > MAX_RETENTION_DAYS) {
    out.push({ path: "monitoring.retentionDays", key: "editor.error.retention" });
  }
  return out;
}

/** The paths the editor has a place for: every control, each rule as a whole, and the form ("") itself. */
export function editorSlots(draft: VacancyDraft): string[] {
  const slots = [
    "",
    "schema",
    "id",
    "status",
    "title.nl",
    "title.en",
    "thresholds",
    "thresholds.advance",
    "thresholds.review",
    "protectedColumns",
    "profileFields.careerGapMonths",
    "profileFields.maxGapMonths",
    "profileFields.diplomaCountry",
    "profileFields.homeCountry",
    "preferentialPolicy",
    "preferentialPolicy.group",
    "preferentialPolicy.justification",
    "preferentialPolicy.statement.nl",
    "preferentialPolicy.statement.en",
    "monitoring",
    "monitoring.retentionDays",
  ];
  for (const group of RULE_GROUPS) {
    slots.push(group);
    draft[group].forEach((_, i) => {
      const rule = `${group}[${i}]`;
      slots.push(rule, `${rule}.label.nl`, `${rule}.label.en`, `${rule}.condition`);
      slots.push(...["field", "value", "from", "to", "values", "level"].map((k) => `${rule}.condition.${k}`));
      if (group === "knockouts") slots.push(`${rule}.reason.nl`, `${rule}.reason.en`);
      else slots.push(`${rule}.weight`);
    });
  }
  return slots;
}

const within = (path: string, slot: string): boolean =>
  slot === "" || path === slot || path.startsWith(`${slot}.`) || path.startsWith(`${slot}[`);

/**
 * Puts every note in the most specific slot that contains its path ("criteria[0].condition.values[1]"
 * goes to "criteria[0].condition.values"); a note no slot contains goes to "" (the whole form).
 */
export function placeNotes(
  notes: readonly Note[],
  slots: readonly string[],
): ReadonlyMap<string, readonly Note[]> {
  const placed = new Map<string, Note[]>();
  for (const note of notes) {
    let best = "";
    for (const slot of slots) if (slot.length > best.length && within(note.path, slot)) best = slot;
    const list = placed.get(best) ?? [];
    list.push(note);
    placed.set(best, list);
  }
  return placed;
}

/** The id of the control (or the rule's group of controls) for a slot. */
export const controlId = (slot: string): string =>
  slot === "" ? "vacancy-form" : `vacancy-${slot.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;

/**
 * The editor's path for a field the server names in an error: "definition.criteria.0.weight" (zod's
 * dotted path) or "definition.criteria[0].weight" becomes "criteria[0].weight"; other fields stay.
 */
export function pathOfServerField(field: string): string {
  return field.replace(/^definition(\.|$)/, "").replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}
