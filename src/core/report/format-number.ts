import type { Figure } from "../audit/figure.ts";
import type { Language } from "../i18n/language.ts";
import type { Interval, Undefined } from "../stats/result.ts";

const locales: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };

/** A number with a fixed number of decimals in the language's format (Dutch: decimal comma). */
export function formatNumber(language: Language, x: number, decimals = 3): string {
  // Rounding can leave "-0.0" (e.g. a shortfall of -0.02): show it as 0.
  if (Math.abs(x) < 0.5 * 10 ** -decimals) x = 0;
  return new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(x);
}

/** A count with the language's thousands separator. */
export function formatCount(language: Language, x: number): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 0 }).format(x);
}

/** A p-value: three significant decimals, or "<0.0001" far in the tail. */
export function formatP(language: Language, p: number): string {
  if (p < 0.0001) return `<${formatNumber(language, 0.0001, 4)}`;
  return formatNumber(language, p, p < 0.01 ? 4 : 3);
}

export function formatPercent(language: Language, x: number): string {
  return `${formatNumber(language, x * 100, 1)}%`;
}

/** An ISO date (YYYY-MM-DD) as the language writes it: 31-03-2025 in Dutch, 2025-03-31 otherwise. */
export function formatDate(language: Language, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return language === "nl" && m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** A figure's value, or "–" when undefined (the reason is in the JSON report and the HTML title). */
export function formatFigure(language: Language, f: Figure | null | undefined, decimals = 3): string {
  if (f?.status !== "ok") return "–";
  return formatNumber(language, f.value, decimals);
}

export function formatInterval(
  language: Language,
  ci: Interval | Undefined | null | undefined,
  decimals = 3,
): string {
  if (ci?.status !== "ok") return "–";
  // A comma separates the bounds in English; Dutch uses the comma as decimal mark, so a semicolon.
  const separator = language === "nl" ? "; " : ", ";
  return `[${formatNumber(language, ci.lower, decimals)}${separator}${formatNumber(language, ci.upper, decimals)}]`;
}

export function figureInterval(language: Language, f: Figure | null | undefined, decimals = 3): string {
  return f && f.status === "ok" ? formatInterval(language, f.ci, decimals) : "–";
}
