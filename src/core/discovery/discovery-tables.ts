import type { Language } from "../i18n/language.ts";
import { figureInterval, formatCount, formatFigure, formatNumber, formatP } from "../report/format-number.ts";
import type { TextTable } from "../report/report-tables.ts";
import type { DiscoveryDocument } from "./discovery-document.ts";

const words = {
  en: {
    groups: "Groups found (tested on the held-out half)",
    group: "Group",
    size: "Size (held-out)",
    outcome: "Outcome in the group",
    rest: "Outcome in the rest",
    difference: "Difference",
    ci: "95% CI",
    p: "p",
    pAdj: "p (Holm)",
    significant: "Significant",
    stability: "Stability",
    yes: "yes",
    no: "no",
    unstable: "unstable",
    proxies: "Proxies: features that stand in for a protected attribute",
    feature: "Feature",
    attribute: "Protected attribute",
    v: "Cramér's V",
    mi: "MI (normalised)",
    flagged: "Flagged",
    gapShare: "Share of the gap it explains",
  },
  nl: {
    groups: "Gevonden groepen (getoetst op de achtergehouden helft)",
    group: "Groep",
    size: "Omvang (achtergehouden)",
    outcome: "Uitkomst in de groep",
    rest: "Uitkomst bij de rest",
    difference: "Verschil",
    ci: "95%-BI",
    p: "p",
    pAdj: "p (Holm)",
    significant: "Significant",
    stability: "Stabiliteit",
    yes: "ja",
    no: "nee",
    unstable: "instabiel",
    proxies: "Proxy's: kenmerken die voor een beschermd kenmerk staan",
    feature: "Kenmerk",
    attribute: "Beschermd kenmerk",
    v: "Cramérs V",
    mi: "MI (genormaliseerd)",
    flagged: "Gemarkeerd",
    gapShare: "Deel van het verschil dat het verklaart",
  },
} as const;

export const discoveryWords = (language: Language) => words[language];

/** The groups and the proxies as text tables, shared by the text, Markdown and HTML renderers. */
export function discoveryTables(language: Language, doc: DiscoveryDocument): TextTable[] {
  const w = words[language];
  const tables: TextTable[] = [
    {
      title: w.groups,
      headers: [
        w.group,
        w.size,
        w.outcome,
        w.rest,
        w.difference,
        w.ci,
        w.p,
        w.pAdj,
        w.significant,
        w.stability,
      ],
      rows: doc.clusters.map((c) => [
        `${c.id}: ${c.description[language]}`,
        formatCount(language, c.heldOut.size),
        formatFigure(language, c.outcomeMean),
        formatFigure(language, c.restMean),
        formatFigure(language, c.difference),
        figureInterval(language, c.difference),
        c.pValue === null ? "–" : formatP(language, c.pValue),
        c.pAdjusted === null ? "–" : formatP(language, c.pAdjusted),
        c.significant ? w.yes : w.no,
        c.stability.status === "ok"
          ? `${formatNumber(language, c.stability.value, 2)}${c.stability.stable ? "" : ` (${w.unstable})`}`
          : "–",
      ]),
    },
  ];
  if (doc.proxies) {
    tables.push({
      title: w.proxies,
      headers: [w.feature, w.attribute, w.v, w.mi, w.flagged, w.gapShare],
      rows: doc.proxies.associations.map((a) => [
        a.feature,
        a.attribute,
        formatFigure(language, a.cramersV),
        a.mutualInformation.status === "ok" ? formatNumber(language, a.mutualInformation.normalized) : "–",
        a.flagged ? w.yes : w.no,
        formatFigure(language, a.gapShare, 2),
      ]),
    });
  }
  return tables;
}
