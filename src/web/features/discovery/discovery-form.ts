import type { DiscoveryRequest, DiscoverySource, UploadSummary } from "../../../server/api-types.ts";
import type { UiKey } from "../../i18n/en.ts";

/**
 * The discovery form as the user fills it in, kept as typed (numbers as text), and what it sends:
 * POST /api/discoveries (src/server/api-types.ts DiscoveryRequest).
 */

export type OutcomeKind = "decision" | "score" | "error";
export type Method = "subgroups" | "hbac";

/** The columns a source offers, and what is fixed by the source. */
export interface SourceColumns {
  readonly source: DiscoverySource;
  readonly columns: readonly string[];
  /** A vacancy's decision log has a given outcome and id column (DECISION_LOG_DISCOVERY). */
  readonly fixed: { readonly outcome: string; readonly id: string } | null;
  /** The columns that may be named as protected attributes. */
  readonly protectedOptions: readonly string[];
}

export interface DiscoveryForm {
  readonly outcomeKind: OutcomeKind;
  /** The decision or score column; the prediction for an error. */
  readonly outcome: string;
  /** The true label, for an error. */
  readonly label: string;
  readonly worse: "low" | "high";
  readonly method: Method;
  /** Features the user unticked (every other candidate column is searched). */
  readonly excluded: readonly string[];
  readonly protected: readonly string[];
  /** "" for none. */
  readonly id: string;
  /** The smallest group as a percentage of the searched half, as typed; "" for the method's default. */
  readonly minSize: string;
  readonly seed: string;
}

export type FormField = "outcome" | "label" | "features" | "minSize" | "seed";

/** Names of columns that identify a row: never a feature. */
const ID_NAME = /^(id|ref|reference|referentie|nummer|number)$|(^|[_\s-])(id|nr|nummer|number)$/i;
/**
 * Names of protected or monitoring attributes, as whole words (a column "languages" or "cv_pages" is
 * not an age): ticked as protected at first, so they are never searched unless the user says so.
 */
const PROTECTED_NAME =
  /(^|[_\s-])(gender|sex|geslacht|ethnicity|ethnic|race|herkomst|afkomst|origin|nationality|nationaliteit|age|ageband|leeftijd|disability|beperking|handicap|religion|religie|geloof|migration|migratie|migratieachtergrond)([_\s-]|$)/i;

export const guessId = (columns: readonly string[]): string => columns.find((c) => ID_NAME.test(c)) ?? "";
export const guessProtected = (columns: readonly string[]): string[] =>
  columns.filter((c) => PROTECTED_NAME.test(c));

/** The seed of the core's default. */
export const DEFAULT_SEED = "1";
/** The core's default smallest group, per method, as a percentage of the searched half. */
export const DEFAULT_MIN_SIZE: Record<Method, number> = { subgroups: 5, hbac: 2.5 };

/** A first form for a source: the server's guess of the outcome for an upload, the fixed columns of a log. */
export function initialForm(source: SourceColumns, guess: UploadSummary["guess"] = {}): DiscoveryForm {
  const base = {
    worse: "low" as const,
    method: "subgroups" as const,
    excluded: [],
    minSize: "",
    seed: DEFAULT_SEED,
  };
  if (source.fixed) {
    return {
      ...base,
      outcomeKind: "decision",
      outcome: source.fixed.outcome,
      label: "",
      protected: [],
      id: source.fixed.id,
    };
  }
  const has = (c: string | undefined): c is string => c !== undefined && source.columns.includes(c);
  const outcomeKind: OutcomeKind = has(guess.outcome) ? "decision" : has(guess.score) ? "score" : "decision";
  const outcome = outcomeKind === "decision" ? (guess.outcome ?? "") : (guess.score ?? "");
  const id = guessId(source.columns);
  return {
    ...base,
    outcomeKind,
    outcome: has(outcome) ? outcome : "",
    label: has(guess.label) ? guess.label : "",
    protected: guessProtected(source.protectedOptions).filter((c) => c !== outcome && c !== id),
    id,
  };
}

/** The outcome columns of the form: one, or the prediction and the label. */
export const outcomeColumnsOf = (form: DiscoveryForm): string[] =>
  (form.outcomeKind === "error" ? [form.outcome, form.label] : [form.outcome]).filter((c) => c !== "");

/** The columns that may be searched: all but the outcome, the id and the protected attributes. */
export function featureOptions(source: SourceColumns, form: DiscoveryForm): string[] {
  const taken = new Set([
    ...outcomeColumnsOf(form),
    form.id,
    ...protectedChoices(source, form).filter((c) => form.protected.includes(c)),
  ]);
  return source.columns.filter((c) => !taken.has(c));
}

export const chosenFeatures = (source: SourceColumns, form: DiscoveryForm): string[] =>
  featureOptions(source, form).filter((c) => !form.excluded.includes(c));

/** The columns that may be protected attributes now: not the outcome or the id. */
export function protectedChoices(source: SourceColumns, form: DiscoveryForm): string[] {
  const taken = new Set([...outcomeColumnsOf(form), form.id]);
  return source.protectedOptions.filter((c) => !taken.has(c));
}

/** Which side is worse by default: a rejection or a low score, but an error. */
export const defaultWorse = (kind: OutcomeKind): "low" | "high" => (kind === "error" ? "high" : "low");

const number = (text: string): number => Number(text.trim().replace(",", "."));

/** Problems the user can fix before sending, per field (the server checks the data itself). */
export function formErrors(source: SourceColumns, form: DiscoveryForm): Partial<Record<FormField, UiKey>> {
  const errors: Partial<Record<FormField, UiKey>> = {};
  if (form.outcome === "")
    errors.outcome = form.outcomeKind === "error" ? "discovery.error.prediction" : "discovery.error.outcome";
  if (form.outcomeKind === "error") {
    if (form.label === "") errors.label = "discovery.error.label";
    else if (form.label === form.outcome) errors.label = "discovery.error.sameColumns";
  }
  if (chosenFeatures(source, form).length === 0) errors.features = "discovery.error.features";
  if (form.minSize.trim() !== "") {
    const x = number(form.minSize);
    if (!(x > 0 && x < 50)) errors.minSize = "discovery.error.minSize";
  }
  const seed = number(form.seed);
  if (form.seed.trim() === "" || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    errors.seed = "discovery.error.seed";
  return errors;
}

/** The request for a valid form. */
export function discoveryRequest(source: SourceColumns, form: DiscoveryForm): DiscoveryRequest {
  const minSize = form.minSize.trim() === "" ? undefined : number(form.minSize) / 100;
  // A column chosen as the outcome or the id after it was ticked as protected is no longer one.
  const choices = protectedChoices(source, form);
  const attributes = form.protected.filter((c) => choices.includes(c));
  return {
    source: source.source,
    outcome:
      form.outcomeKind === "error"
        ? { kind: "error", prediction: form.outcome, label: form.label }
        : { kind: form.outcomeKind, column: form.outcome },
    worse: form.worse,
    method: form.method,
    features: chosenFeatures(source, form),
    ...(attributes.length > 0 ? { protected: attributes } : {}),
    ...(form.id !== "" ? { id: form.id } : {}),
    ...(minSize !== undefined ? { minSize } : {}),
    seed: number(form.seed),
  };
}

/**
 * The field a server error belongs to: a data error's `field` is the column concerned (the outcome, the
 * label, a feature); a refused request names the request's field (minSize, seed).
 */
export function fieldOfServerError(
  source: SourceColumns,
  form: DiscoveryForm,
  field: string | undefined,
): FormField | undefined {
  if (field === undefined) return undefined;
  if (field === "minSize" || field === "seed") return field;
  if (field === form.outcome || field.startsWith("outcome")) return "outcome";
  if (form.outcomeKind === "error" && field === form.label) return "label";
  if (field.startsWith("features") || chosenFeatures(source, form).includes(field)) return "features";
  return undefined;
}
