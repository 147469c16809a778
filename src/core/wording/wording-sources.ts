/**
 * The sources the wording rules rest on, cited in each rule's explanation and listed with their
 * licences in docs/wording-sources.md. The word lists in data/ are our own compilation: single words
 * and facts taken from these sources, never their text (shared/reference/regulation.md §5.5).
 */
export interface WordingSource {
  readonly id: string;
  readonly citation: string;
  /** The licence of what we took from it, or "facts" for words and facts that carry none. */
  readonly licence: string;
}

export const WORDING_SOURCES = {
  wgbl: {
    id: "wgbl",
    citation:
      "Wet gelijke behandeling op grond van leeftijd bij de arbeid (WGBL), art. 3 and 7: no age distinction when offering or filling a job unless objectively justified; an age limit in an ad needs its justification in the ad.",
    licence: "statute (facts)",
  },
  directive200078: {
    id: "directive200078",
    citation:
      "Council Directive 2000/78/EC (equal treatment in employment), art. 2 and 6: direct and indirect discrimination on age and disability; justification of age differences.",
    licence: "statute (facts)",
  },
  vacaturecheck: {
    id: "vacaturecheck",
    citation:
      "College voor de Rechten van de Mens, Vacaturecheck (mensenrechten.nl/nl/vacaturecheck): age, sex, origin and language wording in vacancies.",
    licence: "government publication; paraphrased and cited",
  },
  fokkens2018: {
    id: "fokkens2018",
    citation:
      "Fokkens, Beukeboom & Maks (2018), VU Amsterdam for the College voor de Rechten van de Mens: age discrimination in 1.8 million Dutch job ads of 2017 (40,000–60,000 discriminatory ads); the 2020 follow-up of Inspectie SZW found 70,000–100,000 in 3.1 million ads of 2019.",
    licence: "facts",
  },
  awgb: {
    id: "awgb",
    citation:
      "Algemene wet gelijke behandeling (AWGB), art. 1 (indirect distinction) and art. 5(1) (recruitment); 'geslacht' includes gender identity and expression since 2019.",
    licence: "statute (facts)",
  },
  wgbMv: {
    id: "wgbMv",
    citation:
      "Wet gelijke behandeling van mannen en vrouwen (WGB m/v): no preference for a man or a woman; a preference for women only as stated preferential policy at equal suitability ('bij gelijke geschiktheid').",
    licence: "statute (facts)",
  },
  college2022_55: {
    id: "college2022_55",
    citation:
      "College voor de Rechten van de Mens, oordeel 2022-55: requiring excellent Dutch, not shown to be necessary, was indirect discrimination on race.",
    licence: "facts",
  },
  college2016_30: {
    id: "college2016_30",
    citation:
      "College voor de Rechten van de Mens, oordeel 2016-30: rejecting a candidate for not speaking Dutch without an accent was discrimination.",
    licence: "facts",
  },
  wgbhcz: {
    id: "wgbhcz",
    citation:
      "Wet gelijke behandeling op grond van handicap of chronische ziekte (WGBH/CZ): covers recruitment; the employer must make effective accommodations ('doeltreffende aanpassingen') unless they are a disproportionate burden.",
    licence: "statute (facts)",
  },
  dolAbleist: {
    id: "dolAbleist",
    citation:
      "US Department of Labor (ODEP) and xD, ableist-language-detector (MIT, © 2021 Diana Lam): physical verbs in job descriptions and the functions they stand for. We took the idea, not the list.",
    licence: "MIT (idea only; no text copied)",
  },
  gaucher2011: {
    id: "gaucher2011",
    citation:
      "Gaucher, D., Friesen, J., & Kay, A. C. (2011). Evidence that gendered wording in job advertisements exists and sustains gender inequality. Journal of Personality and Social Psychology, 101(1), 109–128. Appendix A: the masculine and feminine word lists.",
    licence: "single words from a published appendix (facts); attributed",
  },
  genderDecoder: {
    id: "genderDecoder",
    citation:
      "K. Matfield, gender-decoder (github.com/lovedaybrooke/gender-decoder, MIT, © 2016): the coding thresholds (feminine minus masculine words).",
    licence: "MIT (thresholds only; no code copied)",
  },
  dutchGenderHints: {
    id: "dutchGenderHints",
    citation:
      "Dutch gender connotations: University of Antwerp study (2014, about 3,700 participants): 'competitief', 'ervaren' masculine, 'nieuwsgierig', 'veelzijdig' feminine; artra.nl: 'commercieel, resultaatgericht, analytisch, stressbestendig, zelfstandig' masculine, 'zorgvuldig, communicatief, betrokken, creatief, klantvriendelijk' feminine; Peus et al. (TU München, German): 'assertief, agressief, analytisch' masculine, 'toegewijd' feminine. Other words are our translations of Gaucher et al., not validated in Dutch.",
    licence: "single words (facts) from secondary reports; our compilation",
  },
  payTransparency: {
    id: "payTransparency",
    citation:
      "Directive (EU) 2023/970 (Pay Transparency), art. 5(1): applicants have the right to the initial pay or its range; art. 5(2): no questions about pay history; art. 5(3): gender-neutral vacancy notices and job titles. Transposition deadline 7 June 2026; the Netherlands missed it and its bill targets 1 January 2027.",
    licence: "statute (facts)",
  },
  taalunie: {
    id: "taalunie",
    citation:
      "Taalunie (taaladvies.net): gender-neutral job titles (-kracht, -kundige, -hulp, medewerker) or both forms, with (v/m/x); 'm/v' leaves out non-binary people.",
    licence: "facts",
  },
  indirectDiscrimination: {
    id: "indirectDiscrimination",
    citation:
      "Indirect distinction (AWGB art. 1; Directive 2000/78/EC art. 2(2)(b)): a neutral-looking requirement that particularly disadvantages a protected group is allowed only with a legitimate aim and an appropriate, necessary means.",
    licence: "statute (facts)",
  },
  textioBenchmark: {
    id: "textioBenchmark",
    citation:
      "What commercial vacancy-text tools check (Textio and similar, from their blogs and press coverage; secondary sources): age-biased terms ('digital native', 'recent graduate'), ableist language, missing accommodation statements, inflated requirement lists.",
    licence: "facts",
  },
  awareChoice: {
    id: "awareChoice",
    citation:
      "Aware's own choice, not taken from a source: the default limit of 8 requirements, and the figures of speech in the ableist list.",
    licence: "ours (MIT, with Aware)",
  },
} as const satisfies Record<string, WordingSource>;

export type WordingSourceId = keyof typeof WORDING_SOURCES;
