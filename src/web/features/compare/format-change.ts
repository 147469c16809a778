import type { Language } from "../../../core/i18n/language.ts";
import { formatNumber } from "../../../core/report/format-number.ts";

/** A change with its sign, "+0,12" or "−0,05" (a real minus sign); "0,00" when it rounds to nothing. */
export function formatChange(language: Language, change: number, decimals: number): string {
  const text = formatNumber(language, Math.abs(change), decimals);
  if (Number(formatNumber("en", Math.abs(change), decimals)) === 0) return text;
  return `${change > 0 ? "+" : "\u2212"}${text}`;
}
