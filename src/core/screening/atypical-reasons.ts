import type { CandidateView } from "./candidate-view.ts";
import type { KnockoutChecks } from "./check-knockouts.ts";
import { numericValue, type Reading } from "./evaluate-condition.ts";
import { bilingual, formatNumber, joinList, quote } from "./plain-language.ts";
import { readNumber, sameText } from "./read-value.ts";
import type { ScreeningPopulation } from "./screening-population.ts";
import type { AtypicalReason, Contribution } from "./screening-result.ts";
import type { Bilingual, Criterion, Vacancy } from "./vacancy.ts";

const FOREIGN_DIPLOMA: AtypicalReason = {
  code: "foreign-diploma",
  message: {
    en: "Your diploma is from another country. A person looks at how it compares (for example with a diploma evaluation by Nuffic, Internationale Diplomawaardering), so it is valued properly.",
    nl: "Uw diploma komt uit een ander land. Een medewerker bekijkt hoe het zich verhoudt (bijvoorbeeld met een diplomawaardering van Nuffic, Internationale Diplomawaardering), zodat het goed wordt gewaardeerd.",
  },
};

const RARE_COMBINATION: AtypicalReason = {
  code: "rare-combination",
  message: {
    en: "Your combination of strengths is unusual among the candidates. Unusual profiles are looked at by a person, so the score does not overlook them.",
    nl: "Uw combinatie van sterke punten is ongewoon onder de kandidaten. Ongewone profielen worden door een medewerker bekeken, zodat de score ze niet over het hoofd ziet.",
  },
};

/** Default longest career gap (months) before a person looks. */
export const DEFAULT_MAX_GAP_MONTHS = 12;

export interface AtypicalInput {
  readonly vacancy: Vacancy;
  readonly candidate: CandidateView;
  readonly knockouts: KnockoutChecks;
  /** Criteria and nice-to-haves in vacancy order, with their readings and contributions. */
  readonly scored: readonly { readonly criterion: Criterion; readonly reading: Reading }[];
  readonly contributions: readonly Contribution[];
  readonly population: ScreeningPopulation;
}

const labels = (items: readonly { readonly label: Bilingual }[]) =>
  bilingual((lang) =>
    joinList(
      items.map((i) => quote(i.label[lang])),
      lang,
    ),
  );

/**
 * Why a person should look at this profile rather than leave it to the score (PRODUCT.md 1c: unusual
 * CVs, career gaps and foreign diplomas are routed to human review, never silently rejected). The
 * messages say a person will look, never that something is wrong with the candidate.
 */
export function atypicalReasons(input: AtypicalInput): AtypicalReason[] {
  const { vacancy, candidate, knockouts, scored } = input;
  const readings = [...knockouts.unknown.map((u) => ({ criterion: u.rule, reading: u.reading })), ...scored];
  const missing = readings.filter((r) => r.reading.status === "missing").map((r) => r.criterion);
  const unreadable = readings.filter((r) => r.reading.status === "unreadable").map((r) => r.criterion);
  const out: AtypicalReason[] = [];
  if (missing.length > 0) {
    const l = labels(missing);
    out.push({
      code: "missing",
      message: {
        en: `Some information was missing: ${l.en}. A person will look at your application and may ask you for it; missing information is never a reason for automatic rejection.`,
        nl: `Er ontbrak informatie: ${l.nl}. Een medewerker bekijkt uw sollicitatie en vraagt u er misschien naar; ontbrekende informatie is nooit een reden voor automatische afwijzing.`,
      },
    });
  }
  if (unreadable.length > 0) {
    const l = labels(unreadable);
    out.push({
      code: "unreadable",
      message: {
        en: `We could not read your answer for ${l.en}. A person will look at it, so nothing is decided on a misreading.`,
        nl: `We konden uw antwoord voor ${l.nl} niet lezen. Een medewerker bekijkt het, zodat er niets wordt besloten op een verkeerde lezing.`,
      },
    });
  }
  const profile = vacancy.profileFields ?? {};
  const maxGap = profile.maxGapMonths ?? DEFAULT_MAX_GAP_MONTHS;
  const gapText = profile.careerGapMonths === undefined ? null : candidate.value(profile.careerGapMonths);
  const gap = gapText === null ? null : readNumber(gapText);
  if (gap !== null && gap > maxGap) {
    const m = bilingual((lang) => formatNumber(maxGap, lang));
    out.push({
      code: "career-gap",
      message: {
        en: `Your career shows a break of more than ${m.en} months. Career breaks are common and happen for many good reasons, so a person looks at your application rather than the score alone.`,
        nl: `Uw loopbaan laat een onderbreking van meer dan ${m.nl} maanden zien. Zulke onderbrekingen zijn gewoon en hebben veel goede redenen, dus een medewerker bekijkt uw sollicitatie in plaats van alleen de score.`,
      },
    });
  }
  const country = profile.diplomaCountry === undefined ? null : candidate.value(profile.diplomaCountry);
  const home = profile.homeCountry?.trim() ?? "";
  if (country !== null && home !== "" && !sameText(country, home)) {
    out.push(FOREIGN_DIPLOMA);
  }
  const outliers = scored
    .map((s) => s.criterion)
    .filter((c) => {
      const x = numericValue(c.condition, candidate);
      return x !== null && input.population.isOutlier(c, x);
    });
  if (outliers.length > 0) {
    const l = labels(outliers);
    out.push({
      code: "outlier",
      message: {
        en: `Your answer for ${l.en} is far from what most candidates gave. A person checks it, in case of a typo or an unusual but valuable profile.`,
        nl: `Uw antwoord voor ${l.nl} wijkt sterk af van wat de meeste kandidaten gaven. Een medewerker controleert het, voor het geval van een tikfout of een ongewoon maar waardevol profiel.`,
      },
    });
  }
  if (input.population.isRareCombination(input.contributions)) {
    out.push(RARE_COMBINATION);
  }
  return out;
}
