import type { Language } from "../i18n/language.ts";
import type { ScreeningResult } from "../screening/screen-candidates.ts";
import type { Vacancy } from "../screening/vacancy.ts";
import { csvCell } from "./csv-cell.ts";
import { formatNumber } from "./format-number.ts";

/** The public JSON of a screening run, schema "aware.screening/1" (docs/vacancy-schema.md). */
export interface ScreeningDocument {
  readonly schema: "aware.screening/1";
  readonly vacancy: { readonly id: string; readonly title: Vacancy["title"] };
  readonly provenance: {
    readonly input: Readonly<Record<string, unknown>>;
    readonly version: string;
    readonly generatedAt: string;
  };
  readonly summary: {
    readonly candidates: number;
    readonly advance: number;
    readonly review: number;
    readonly reject: number;
    /** Rejections by a knock-out rule (the only automatic ones). */
    readonly automatic: number;
    readonly atypical: number;
  };
  readonly results: readonly ScreeningResult[];
}

export function screeningDocument(
  vacancy: Vacancy,
  results: readonly ScreeningResult[],
  provenance: ScreeningDocument["provenance"],
): ScreeningDocument {
  const count = (test: (r: ScreeningResult) => boolean) => results.filter(test).length;
  return {
    schema: "aware.screening/1",
    vacancy: { id: vacancy.id, title: vacancy.title },
    provenance,
    summary: {
      candidates: results.length,
      advance: count((r) => r.recommendation === "advance"),
      review: count((r) => r.recommendation === "review"),
      reject: count((r) => r.recommendation === "reject"),
      automatic: count((r) => r.automatic),
      atypical: count((r) => r.atypical.flagged),
    },
    results,
  };
}

const WORDS = {
  en: {
    advance: "advance",
    review: "review",
    reject: "reject",
    header: ["Candidate", "Score", "Recommendation", "Knock-out", "Atypical", "Would change it"],
  },
  nl: {
    advance: "door",
    review: "beoordelen",
    reject: "afwijzen",
    header: ["Kandidaat", "Score", "Advies", "Knock-out", "Atypisch", "Zou het veranderen"],
  },
} as const;

/** The terminal view: one line per candidate, best first; the explanations are in JSON and CSV. */
export function screeningText(language: Language, doc: ScreeningDocument): string {
  const w = WORDS[language];
  const rows = [...doc.results]
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .map((r) => [
      r.id,
      `${formatNumber(language, r.score, 1)} / ${formatNumber(language, r.maxScore, 1)}`,
      `${w[r.recommendation]}${r.automatic ? " (auto)" : ""}`,
      r.knockout ? r.knockout.id : "",
      r.atypical.reasons.map((x) => x.code).join(", "),
      r.counterfactual ? r.counterfactual.criteria.join(", ") : "",
    ]);
  const table = [[...w.header], ...rows];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const s = doc.summary;
  const summary =
    language === "nl"
      ? `${s.candidates} kandidaten: ${s.advance} door, ${s.review} beoordelen, ${s.reject} afwijzen (waarvan ${s.automatic} automatisch door een knock-out); ${s.atypical} met een atypisch profiel gaan naar een mens.`
      : `${s.candidates} candidates: ${s.advance} advance, ${s.review} review, ${s.reject} reject (${s.automatic} of them automatically by a knock-out); ${s.atypical} with an atypical profile go to a person.`;
  return `${doc.vacancy.title[language]}\n${summary}\n\n${line(table[0]!)}\n${widths.map((n) => "-".repeat(n)).join("  ")}\n${rows.map(line).join("\n")}\n`;
}

/**
 * The JSON document written as the results come (one piece per candidate), so a hundred thousand
 * results are never all in memory; the summary, counted on the way, comes after the results.
 */
export function* screeningJsonPieces(
  vacancy: Vacancy,
  results: Iterable<ScreeningResult>,
  provenance: ScreeningDocument["provenance"],
): Generator<string> {
  const head = { schema: "aware.screening/1", vacancy: { id: vacancy.id, title: vacancy.title }, provenance };
  yield `${JSON.stringify(head).slice(0, -1)},"results":[\n`;
  const summary = { candidates: 0, advance: 0, review: 0, reject: 0, automatic: 0, atypical: 0 };
  for (const r of results) {
    yield `${summary.candidates > 0 ? ",\n" : ""}${JSON.stringify(r)}`;
    summary.candidates++;
    summary[r.recommendation]++;
    if (r.automatic) summary.automatic++;
    if (r.atypical.flagged) summary.atypical++;
  }
  yield `\n],"summary":${JSON.stringify(summary)}}\n`;
}

/** One row per candidate, machine-readable, with both explanations and every criterion's points. */
export function screeningCsv(vacancy: Vacancy, results: Iterable<ScreeningResult>): string {
  return [...screeningCsvPieces(vacancy, results)].join("");
}

export function* screeningCsvPieces(vacancy: Vacancy, results: Iterable<ScreeningResult>): Generator<string> {
  const criteria = [...vacancy.criteria, ...vacancy.niceToHaves].map((c) => c.id);
  const header = [
    "id",
    "score",
    "max_score",
    "recommendation",
    "automatic",
    "knockout",
    "knockouts_unknown",
    "atypical",
    "atypical_reasons",
    "counterfactual",
    ...criteria.map((c) => `points_${c}`),
    "explanation_en",
    "explanation_nl",
  ];
  yield `${header.join(",")}\n`;
  for (const r of results) {
    yield `${[
      r.id,
      r.score,
      r.maxScore,
      r.recommendation,
      r.automatic,
      r.knockout?.id ?? "",
      r.knockoutsUnknown.join(";"),
      r.atypical.flagged,
      r.atypical.reasons.map((x) => x.code).join(";"),
      r.counterfactual?.criteria.join(";") ?? "",
      ...criteria.map((id) => r.contributions.find((c) => c.criterionId === id)?.points ?? ""),
      r.explanation.en,
      r.explanation.nl,
    ]
      .map(csvCell)
      .join(",")}\n`;
  }
}
