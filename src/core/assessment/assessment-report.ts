import type { Language } from "../i18n/language.ts";
import type { DocumentContent, DocumentSection } from "../report/document-content.ts";
import type { Answers, Questionnaire } from "./assessment-model.ts";
import type { AssessmentEvaluation, Classification, Severity } from "./evaluate-assessment.ts";
import { isShown } from "./evaluate-assessment.ts";

export interface AssessmentReportOptions {
  readonly language: Language;
  readonly organisation: string;
  readonly title: string;
  /** The answers' version number and when it was saved (ISO). */
  readonly version: number;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
}

const CLASSIFICATION: Readonly<Record<Classification, { nl: string; en: string }>> = {
  "high-risk": { nl: "hoog risico", en: "high-risk" },
  "possibly-not-high-risk": { nl: "mogelijk geen hoog risico", en: "possibly not high-risk" },
  "out-of-scope": { nl: "valt er niet onder", en: "out of scope" },
  undetermined: { nl: "nog niet bepaald", en: "not yet determined" },
};
const SEVERITY: Readonly<Record<Severity, { nl: string; en: string }>> = {
  critical: { nl: "kritiek", en: "critical" },
  required: { nl: "verplicht", en: "required" },
  recommended: { nl: "aanbevolen", en: "recommended" },
};
const ANSWER: Readonly<Record<string, { nl: string; en: string }>> = {
  yes: { nl: "ja", en: "yes" },
  no: { nl: "nee", en: "no" },
  unknown: { nl: "weet ik niet", en: "don't know" },
  na: { nl: "niet van toepassing", en: "not applicable" },
};

/**
 * The assessment as a document (rendered as HTML by core/report/document-html.ts and as PDF by the
 * server): the classification and what follows from it, the action list with owners and due dates,
 * and every question shown with its answer, note, evidence and sources.
 */
export function assessmentReport(
  questionnaire: Questionnaire,
  answers: Answers,
  evaluation: AssessmentEvaluation,
  options: AssessmentReportOptions,
): DocumentContent {
  const lang = options.language;
  const t = (nl: string, en: string) => (lang === "nl" ? nl : en);
  const yesNo = (b: boolean) => (b ? t("ja", "yes") : t("nee", "no"));
  const summary: DocumentSection = {
    heading: t("Samenvatting", "Summary"),
    body: [
      {
        kind: "definitions",
        items: [
          [
            t("Classificatie (AI-verordening)", "Classification (AI Act)"),
            CLASSIFICATION[evaluation.classification][lang],
          ],
          [t("Toelichting", "Why"), evaluation.classificationReason[lang]],
          [t("Verboden toepassing in gebruik", "Prohibited practice in use"), yesNo(evaluation.prohibited)],
          [
            t("Grondrechtenbeoordeling (FRIA) verplicht", "Fundamental-rights assessment (FRIA) required"),
            yesNo(evaluation.friaRequired),
          ],
          [
            t("Mogelijk zelf aanbieder (art. 25)", "Possibly a provider yourself (art. 25)"),
            yesNo(evaluation.providerRole),
          ],
          [t("Beantwoord", "Answered"), `${evaluation.answered} / ${evaluation.shown}`],
          [t("Open actiepunten", "Open actions"), String(evaluation.actions.length)],
          [
            t("Versie", "Version"),
            `${options.version}${options.savedAt ? ` (${options.savedAt.slice(0, 10)}${options.savedBy ? `, ${options.savedBy}` : ""})` : ""}; ${questionnaire.version}`,
          ],
        ],
      },
    ],
  };
  const actions: DocumentSection = {
    heading: t("Actielijst", "Action list"),
    body:
      evaluation.actions.length === 0
        ? [{ kind: "paragraph", text: t("Geen open actiepunten.", "No open actions.") }]
        : [
            {
              kind: "table",
              caption: t("Open actiepunten, belangrijkste eerst", "Open actions, most important first"),
              head: [
                t("Actie", "Action"),
                t("Ernst", "Severity"),
                t("Eigenaar", "Owner"),
                t("Uiterlijk", "Due"),
                t("Bron", "Source"),
              ],
              rows: evaluation.actions.map((a) => [
                `${a.unanswered ? t("Beantwoorden: ", "Answer: ") : ""}${a.action[lang]}`,
                SEVERITY[a.severity][lang],
                a.owner ?? "—",
                a.due ?? "—",
                a.sources.join("; "),
              ]),
              foot: [t("Totaal", "Total"), String(evaluation.actions.length), "", "", ""],
            },
          ],
  };
  const sections: DocumentSection[] = questionnaire.sections.map((section) => ({
    heading: section.title[lang],
    body: [
      { kind: "paragraph", text: section.intro[lang] },
      {
        kind: "definitions",
        items: section.questions
          .filter((q) => isShown(q, answers))
          .map((q): readonly [string, string] => {
            const a = answers[q.id];
            const value = a?.value
              ? q.kind === "text"
                ? a.value
                : (ANSWER[a.value]?.[lang] ?? a.value)
              : t("(nog niet beantwoord)", "(not answered yet)");
            const extra = [
              a?.note ? `${t("Toelichting", "Note")}: ${a.note}` : "",
              a?.evidence?.length
                ? `${t("Bewijs", "Evidence")}: ${a.evidence.map((e) => `${e.label} (${e.kind})`).join("; ")}`
                : "",
              `${t("Bron", "Source")}: ${q.sources.map((s) => s.label).join("; ")}`,
            ].filter((x) => x !== "");
            return [q.text[lang], [value, ...extra].join(" — ")];
          }),
      },
    ],
  }));
  return {
    language: lang,
    sender: options.organisation,
    title: `${t("Beoordeling vóór gebruik", "Before-deployment assessment")}: ${options.title}`,
    sections: [summary, actions, ...sections],
    closing: [],
  };
}
