import type { PhraseEntry } from "../phrase-entry.ts";

/**
 * Pay information in a vacancy (Pay Transparency Directive (EU) 2023/970 art. 5), our own compilation.
 * A range is two amounts joined by a dash, "tot", "to", "en"/"and" (after "tussen"/"between"), or a
 * pay scale ("schaal 8", "functiegroep 7", "pay grade 5"), which publishes a range. Amounts are euro,
 * dollar or pound figures, with "k" for thousands.
 */
const CURRENCY = String.raw`(?:€|EUR|euro|\$|£|USD|GBP)`;
const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:[.,]\d{1,2}|,-)?(?:\s?[kK]\b)?|\d+(?:[.,]\d{1,2}|,-)?(?:\s?[kK]\b)?`;
const AMOUNT = String.raw`(?:${CURRENCY}\s?(?:${NUMBER})|(?:${NUMBER})\s?${CURRENCY})`;
/** A figure without a currency that can still be the other end of a range: 3 digits or more, or "55k". */
const BARE = String.raw`\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2}|,-)?|\d{3,}(?:[.,]\d{1,2}|,-)?|\d+\s?[kK]\b`;
const JOIN = String.raw`\s*(?:-|–|—|tot(?: en met| maximaal)?|t\/m|to|up to|and|en|à)\s*`;

/** An amount, with a currency before or after it. */
export const AMOUNT_PATTERN = new RegExp(AMOUNT, "giu");

/** A range: amount–amount, or amount–number (the currency given once), or number–amount. */
export const RANGE_PATTERN = new RegExp(
  String.raw`${AMOUNT}${JOIN}(?:${AMOUNT}|(?:${BARE})(?![\d%]))|(?:${BARE})${JOIN}${AMOUNT}`,
  "giu",
);

/** A published pay scale: counts as a range. */
export const SCALE_PATTERN =
  /\b(?:salaris|loon|functie|cao[- ]?)?schaal\s+[A-Z]?\d+|\bfunctiegroep\s+[A-Z]?\d+|\b(?:pay|salary)\s+(?:scale|grade|band)\s+[A-Z]?\d+|\bgrade\s+\d+\s+(?:pay|salary)/giu;

/** A line that speaks about pay: an amount on it is a salary. */
export const PAY_CONTEXT =
  /salaris|salary|\bloon\b|uurloon|bruto|gross|per maand|per month|per jaar|per year|per annum|p\.\s?m\.|per uur|per hour|\bpay\b|compensation|beloning|inkomen|verdien|\bearn/iu;

/** "current salary expectations" asks what someone wants, which art. 5(2) allows. */
const EXPECTATIONS = new Set(["expectations", "expectation", "wensen", "wens", "indicatie", "verwachting"]);

export const SALARY_PHRASES: readonly PhraseEntry[] = [
  {
    rule: "salary.vague",
    language: "nl",
    patterns: [
      "marktconform|marktconforme|competitief|competitieve|aantrekkelijk|aantrekkelijke|goed|goede|uitstekend|uitstekende|passend|passende|prima salaris|beloning|loon|inkomen",
      "marktconform|marktconforme",
      "salaris|beloning in overleg",
      "n.o.t.k",
      "salaris|beloning afhankelijk van ~2 ervaring",
      "nader overeen te komen",
    ],
  },
  {
    rule: "salary.vague",
    language: "en",
    patterns: [
      "competitive|attractive|excellent|good|generous salary|pay|compensation|package|remuneration",
      "market rate|related|leading|competitive salary|pay|compensation|remuneration",
      "salary|pay|compensation commensurate|negotiable|doe",
      "commensurate with experience",
      "depending on experience",
      "market rate",
    ],
  },
  {
    rule: "salary.pay-history",
    language: "nl",
    unless: (hit) => EXPECTATIONS.has(hit.after?.lower ?? ""),
    patterns: [
      "huidig|huidige|vorig|vorige|laatste|laatstverdiende|eerdere|eerder salaris|loon|inkomen",
      "salarisstrook|salarisstroken|loonstrook|loonstroken|salarishistorie|loonhistorie",
    ],
  },
  {
    rule: "salary.pay-history",
    language: "en",
    unless: (hit) => EXPECTATIONS.has(hit.after?.lower ?? ""),
    patterns: [
      "current|previous|past|last|prior|present salary|salaries|pay|compensation|remuneration",
      "salary|pay|compensation history",
      "payslip|payslips",
      "pay slip|slips|stub|stubs",
    ],
  },
];
