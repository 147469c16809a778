import type { AuditRequest, ColumnMapping, UploadSummary } from "../../../server/api-types.ts";
import type { UiKey } from "../../i18n/en.ts";

/** The optional single-column roles of a decision log, in the order the form shows them. */
export const OPTIONAL_ROLES = ["score", "label", "stage", "requisition", "date"] as const;
export type OptionalRole = (typeof OPTIONAL_ROLES)[number];

export type Intersections = "none" | "pairs" | "all";

/** The lowest minimum group size Aware accepts (PRODUCT.md principle 4: configurable upward only). */
export const MIN_GROUP_FLOOR = 5;

/** LL144 § 5-301(d): groups under 2 % of the candidates may be left out of the impact ratios. */
export const LL144_EXCLUSION = 0.02;

/** What the user has chosen on the "map the columns" form; "" means not chosen / none. */
export interface MappingForm {
  readonly title: string;
  readonly outcome: string;
  readonly protected: readonly string[];
  readonly score: string;
  readonly label: string;
  readonly stage: string;
  readonly requisition: string;
  readonly date: string;
  readonly intersections: Intersections;
  /** Attribute → the named reference value; absent or "" means the most-selected group. */
  readonly reference: Readonly<Record<string, string>>;
  /** The text of the minimum-group-size input. */
  readonly minGroup: string;
  readonly excludeBelow: boolean;
  /** "inferred": the stage with the most rows first; "manual": the order in `stageOrder`. */
  readonly stageOrderMode: "inferred" | "manual";
  readonly stageOrder: readonly string[];
}

export type FormField =
  | "title"
  | "outcome"
  | "protected"
  | OptionalRole
  | "reference"
  | "minGroup"
  | "stageOrder";

/** The file name without its extension, as the audit's default title. */
export const titleFromFilename = (filename: string): string => filename.replace(/\.[^.]+$/, "") || filename;

/**
 * The form prefilled from the server's guess: only columns the file has, each column in one role at
 * most (the outcome first, then the protected attributes, then score, label, stage, requisition and
 * date), so a guess never produces an impossible mapping. The user confirms or changes it.
 */
export function initialForm(upload: Pick<UploadSummary, "filename" | "columns" | "guess">): MappingForm {
  const exists = new Set(upload.columns);
  const used = new Set<string>();
  const take = (column: string | undefined): string => {
    if (column === undefined || !exists.has(column) || used.has(column)) return "";
    used.add(column);
    return column;
  };
  const outcome = take(upload.guess.outcome);
  const protectedColumns = (upload.guess.protected ?? []).map(take).filter((c) => c !== "");
  const optional = Object.fromEntries(
    OPTIONAL_ROLES.map((role) => [role, take(upload.guess[role])]),
  ) as Record<OptionalRole, string>;
  return {
    title: titleFromFilename(upload.filename),
    outcome,
    protected: protectedColumns,
    ...optional,
    intersections: "none",
    reference: {},
    minGroup: String(MIN_GROUP_FLOOR),
    excludeBelow: false,
    stageOrderMode: "inferred",
    stageOrder: [],
  };
}

/** The columns the form puts in more than one role. */
function duplicateRoles(form: MappingForm): Partial<Record<FormField, UiKey>> {
  const errors: Partial<Record<FormField, UiKey>> = {};
  const used = new Set<string>();
  if (form.outcome) used.add(form.outcome);
  if (form.protected.some((c) => used.has(c))) errors.protected = "mapping.error.protectedIsOutcome";
  for (const c of form.protected) used.add(c);
  for (const role of OPTIONAL_ROLES) {
    const column = form[role];
    if (column === "") continue;
    if (used.has(column)) errors[role] = "mapping.error.columnTwice";
    used.add(column);
  }
  return errors;
}

/** What is wrong with the form before it goes to the server, per field (as UI text keys). */
export function mappingErrors(form: MappingForm): Partial<Record<FormField, UiKey>> {
  const errors: Partial<Record<FormField, UiKey>> = duplicateRoles(form);
  if (form.outcome === "") errors.outcome = "mapping.error.outcomeRequired";
  if (form.protected.length === 0) errors.protected = "mapping.error.protectedRequired";
  const minGroup = Number(form.minGroup.trim());
  if (!/^\d+$/.test(form.minGroup.trim()) || !Number.isSafeInteger(minGroup) || minGroup < MIN_GROUP_FLOOR) {
    errors.minGroup = "mapping.error.minGroup";
  }
  if (form.stage !== "" && form.stageOrderMode === "manual" && form.stageOrder.length === 0) {
    errors.stageOrder = "mapping.error.stageOrder";
  }
  return errors;
}

/** Every pair of two attributes, in the order they were chosen. */
export function pairsOf(attributes: readonly string[]): string[][] {
  return attributes.flatMap((a, i) => attributes.slice(i + 1).map((b) => [a, b]));
}

/** The request for POST /api/audits; call it only when mappingErrors(form) is empty. */
export function auditRequest(uploadId: string, form: MappingForm): AuditRequest {
  const optional: Partial<Record<OptionalRole, string>> = {};
  for (const role of OPTIONAL_ROLES) if (form[role] !== "") optional[role] = form[role];
  const columns: ColumnMapping = { outcome: form.outcome, protected: [...form.protected], ...optional };
  const reference = Object.fromEntries(
    Object.entries(form.reference).filter(
      ([attribute, value]) => value !== "" && form.protected.includes(attribute),
    ),
  );
  const intersections =
    form.protected.length < 2 || form.intersections === "none"
      ? undefined
      : form.intersections === "all"
        ? ("all" as const)
        : pairsOf(form.protected);
  const title = form.title.trim();
  return {
    uploadId,
    ...(title ? { title } : {}),
    columns,
    ...(intersections ? { intersections } : {}),
    ...(Object.keys(reference).length > 0 ? { reference } : {}),
    minGroup: Number(form.minGroup.trim()),
    excludeBelow: form.excludeBelow ? LL144_EXCLUSION : null,
    ...(form.stage !== "" && form.stageOrderMode === "manual" ? { stageOrder: [...form.stageOrder] } : {}),
  };
}

const FIELDS: readonly FormField[] = [
  "title",
  "outcome",
  "protected",
  ...OPTIONAL_ROLES,
  "reference",
  "minGroup",
  "stageOrder",
];

/**
 * The form field a server error names: "outcome", "columns.outcome", "columns.protected[1]",
 * "reference.gender" … ; undefined when it names none of them (the error is then shown above the form).
 */
export function fieldOfServerError(field: string | undefined): FormField | undefined {
  if (!field) return undefined;
  const name = field.replace(/^columns\./, "").split(/[.[]/)[0] ?? "";
  return FIELDS.find((f) => f === name);
}
