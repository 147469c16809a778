import type { Vacancy } from "../screening/vacancy.ts";
import { checkVacancyText } from "./check-vacancy-text.ts";
import type { TextLanguage, WordingFinding } from "./wording-finding.ts";

/** A wording finding in one of a vacancy definition's published texts. */
export interface DefinitionWordingFinding {
  /** Where in the vacancy, e.g. "title.nl", "knockouts[0].reason.en". */
  readonly path: string;
  readonly language: TextLanguage;
  readonly finding: WordingFinding;
}

/** Checks that only make sense for a whole advertisement, not for a rule's label. */
const WHOLE_AD = new Set(["salary", "accommodation", "requirements"]);

/**
 * The vacancy text check run on the texts a vacancy definition publishes (the title, the rules'
 * labels and the knock-outs' reasons), in each language: what the screening editor shows beside
 * those fields. Whole-advertisement checks (pay, adjustments, the number of requirements) are left to
 * the check of the full vacancy text; the title is checked as a title (gendered form, m/v/x).
 */
export function vacancyDefinitionWording(vacancy: Vacancy): DefinitionWordingFinding[] {
  const texts: {
    path: string;
    language: TextLanguage;
    text: string;
    isTitle: boolean;
    /** Where a second text starts in `text`, and its path (findings there are moved to it). */
    split?: { at: number; path: string };
  }[] = [];
  for (const language of ["nl", "en"] as const) {
    texts.push({ path: `title.${language}`, language, text: vacancy.title[language], isTitle: true });
    vacancy.knockouts.forEach((k, i) => {
      // Label and reason are read together: a reason that says the job involves driving answers a
      // driving-licence requirement.
      texts.push({
        path: `knockouts[${i}].label.${language}`,
        language,
        text: `${k.label[language]}: ${k.reason[language]}`,
        isTitle: false,
        split: { at: k.label[language].length + 2, path: `knockouts[${i}].reason.${language}` },
      });
    });
    for (const [group, rules] of [
      ["criteria", vacancy.criteria],
      ["niceToHaves", vacancy.niceToHaves],
    ] as const) {
      rules.forEach((r, i) => {
        texts.push({
          path: `${group}[${i}].label.${language}`,
          language,
          text: r.label[language],
          isTitle: false,
        });
      });
    }
  }
  return texts.flatMap(({ path, language, text, isTitle, split }) =>
    checkVacancyText(text, { language })
      .findings.filter((f) => !WHOLE_AD.has(f.category))
      .filter((f) => isTitle || f.kind === "span")
      .map((finding) =>
        split && finding.start >= split.at
          ? {
              path: split.path,
              language,
              finding: { ...finding, start: finding.start - split.at, end: finding.end - split.at },
            }
          : { path, language, finding },
      ),
  );
}
