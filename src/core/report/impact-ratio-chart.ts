import type { GroupingResult } from "../audit/audit-report.ts";
import type { Language } from "../i18n/language.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatNumber } from "./format-number.ts";
import { groupLabel } from "./report-tables.ts";

/**
 * A self-contained SVG of one grouping's impact ratios: a dot per compared group with its confidence
 * interval as a line, and the four-fifths line at 0.8. Drawn by hand so the HTML report needs nothing.
 */
export function impactRatioChart(language: Language, grouping: GroupingResult): string {
  const groups = grouping.groups.filter((g) => g.impactRatio.status === "ok");
  if (groups.length === 0) return "";
  const row = 22;
  const left = 180;
  const width = 560;
  const plot = width - left - 20;
  const max = Math.max(
    1.25,
    ...groups.map((g) =>
      g.impactRatio.status === "ok" && g.impactRatio.ci?.status === "ok" ? g.impactRatio.ci.upper : 0,
    ),
  );
  const x = (v: number) => left + (Math.min(v, max) / max) * plot;
  const height = groups.length * row + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>Impact ratios: ${escapeHtml(grouping.attributes.join(" × "))}</title>`,
    `<line x1="${x(0.8)}" x2="${x(0.8)}" y1="10" y2="${height - 25}" stroke="#b00020" stroke-dasharray="4 3"/>`,
    `<text x="${x(0.8)}" y="${height - 10}" text-anchor="middle" fill="#b00020">${formatNumber(language, 0.8, 1)}</text>`,
    `<line x1="${x(1)}" x2="${x(1)}" y1="10" y2="${height - 25}" stroke="#555"/>`,
    `<text x="${x(1)}" y="${height - 10}" text-anchor="middle">1</text>`,
  ];
  groups.forEach((g, i) => {
    if (g.impactRatio.status !== "ok") return;
    const y = 20 + i * row;
    const ci = g.impactRatio.ci;
    const colour = g.belowFourFifths ? "#b00020" : "#1b5e20";
    parts.push(
      `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${escapeHtml(groupLabel(g.key))}</text>`,
    );
    if (ci && ci.status === "ok") {
      parts.push(
        `<line x1="${x(ci.lower)}" x2="${x(ci.upper)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    parts.push(
      `<circle cx="${x(g.impactRatio.value)}" cy="${y}" r="4" fill="${colour}"><title>${escapeHtml(groupLabel(g.key))}: ${formatNumber(language, g.impactRatio.value, 3)}</title></circle>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
