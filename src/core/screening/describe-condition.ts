import { formatNumber, joinList, type Language, quote } from "./plain-language.ts";
import type { Bilingual, Condition } from "./vacancy.ts";

const described = new WeakMap<Condition, Bilingual>();

/**
 * What a condition asks for, in words a candidate understands ("at least 2", "level B1 or higher").
 * Remembered per condition: screening 100,000 candidates asks the same question for each.
 */
export function describeCondition(condition: Condition, language: Language): string {
  let text = described.get(condition);
  if (text === undefined) {
    text = { nl: phrase(condition, "nl"), en: phrase(condition, "en") };
    described.set(condition, text);
  }
  return text[language];
}

function phrase(condition: Condition, language: Language): string {
  const nl = language === "nl";
  const n = (x: number) => formatNumber(x, language);
  switch (condition.kind) {
    case "yes":
      return nl ? "ja" : "yes";
    case "atLeast":
      return nl ? `minimaal ${n(condition.value)}` : `at least ${n(condition.value)}`;
    case "scale":
      return nl
        ? `volle punten vanaf ${n(condition.to)}, geen punten bij ${n(condition.from)}`
        : `full points from ${n(condition.to)}, none at ${n(condition.from)}`;
    case "oneOf":
      return `${nl ? "een van" : "one of"} ${joinList(condition.values.map(quote), language, "or")}`;
    case "includes":
      return nl ? `bevat ${quote(condition.value)}` : `includes ${quote(condition.value)}`;
    case "cefr":
      return nl ? `niveau ${condition.level} of hoger` : `level ${condition.level} or higher`;
  }
}
