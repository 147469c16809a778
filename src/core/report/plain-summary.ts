import type { AuditReport, AuditWarning } from "../audit/audit-report.ts";
import type { Language } from "../i18n/language.ts";
import type { MessageKey } from "../i18n/messages-en.ts";
import { isMessageKey, translate } from "../i18n/translate.ts";
import { formatNumber, formatP } from "./format-number.ts";
import { groupLabel } from "./report-tables.ts";

/**
 * The report in plain words, for an HR reader: where the four-fifths rule fails and whether that is
 * statistically significant, where a significant gap hides above 0.8, and where data is too thin.
 */
export function plainSummary(language: Language, report: AuditReport): string[] {
  const lines: string[] = [];
  for (const grouping of report.groupings) {
    const name = grouping.attributes.join(" × ");
    const reference = grouping.reference ? groupLabel(grouping.reference) : "";
    for (const g of grouping.groups) {
      if (g.impactRatio.status !== "ok" || !g.pAdjusted) continue;
      const key: MessageKey | undefined =
        g.belowFourFifths && g.significant
          ? "summary.belowSignificant"
          : g.belowFourFifths
            ? "summary.belowOnly"
            : g.significant && g.impactRatio.value < 1
              ? "summary.significantOnly"
              : undefined;
      if (!key) continue;
      lines.push(
        translate(language, key, {
          group: groupLabel(g.key),
          grouping: name,
          reference,
          ir: formatNumber(language, g.impactRatio.value, 2),
          p: formatP(language, g.pAdjusted.holm),
        }),
      );
    }
    if (grouping.suppressed > 0) {
      lines.push(
        translate(language, "summary.thin", {
          grouping: name,
          count: grouping.suppressed,
          minGroup: report.options.minGroup,
        }),
      );
    }
  }
  if (report.findings.belowFourFifths + report.findings.significant === 0) {
    lines.unshift(translate(language, "summary.none"));
  }
  return lines;
}

export function warningText(language: Language, w: AuditWarning): string {
  const key = `warning.${w.code}`;
  return isMessageKey(key) ? translate(language, key, w.params) : `${w.code} ${JSON.stringify(w.params)}`;
}
