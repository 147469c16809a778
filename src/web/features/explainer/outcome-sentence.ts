import type { ThresholdOutcome } from "../../../core/explainer/threshold-outcome.ts";
import type { Language } from "../../../core/i18n/language.ts";
import { formatNumber, formatP } from "../../../core/report/format-number.ts";
import type { Translate } from "../../i18n/use-t.ts";
import { capitalise } from "./explainer-labels.ts";

/**
 * An outcome in words: the impact ratio, the four-fifths rule and the significance, always together
 * (PRODUCT.md principle 6: the rule of thumb is never reported alone).
 */
export function outcomeSentence(
  t: Translate,
  language: Language,
  outcome: ThresholdOutcome,
  groups: { readonly protectedName: string; readonly otherName: string },
): string {
  const ir = outcome.impactRatio;
  if (ir.status !== "ok") return t("learn.outcome.undefined", { other: groups.otherName });
  const ratio = formatNumber(language, ir.value, 2);
  const parts = [
    t("learn.outcome.ratio", { ratio, protected: capitalise(groups.protectedName), other: groups.otherName }),
    outcome.belowFourFifths ? t("learn.outcome.below") : t("learn.outcome.notBelow"),
  ];
  if (outcome.pValue !== null) {
    const formatted = formatP(language, outcome.pValue);
    const p = formatted.startsWith("<") ? `p < ${formatted.slice(1)}` : `p = ${formatted}`;
    parts.push(
      outcome.significant ? t("learn.outcome.significant", { p }) : t("learn.outcome.chance", { p }),
    );
  }
  return parts.join(" ");
}
