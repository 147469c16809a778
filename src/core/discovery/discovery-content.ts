import type { Language } from "../i18n/language.ts";
import type { DocumentBody, DocumentContent, DocumentSection } from "../report/document-content.ts";
import { documentHtml } from "../report/document-html.ts";
import { documentMarkdown } from "../report/document-markdown.ts";
import { documentText } from "../report/document-text.ts";
import { formatCount, formatFigure, formatNumber } from "../report/format-number.ts";
import type { DiscoveryDocument } from "./discovery-document.ts";
import { discoveryTables } from "./discovery-tables.ts";

const tableBody = (t: {
  title: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}): DocumentBody => ({
  kind: "table",
  caption: t.title,
  head: t.headers,
  rows: t.rows,
  foot: [],
});

/**
 * The discovery report as a document: the run in one sentence, the notes, the groups with their
 * held-out statistics, each group's profile and composition, the proxies, and how it was done.
 */
export function discoveryContent(language: Language, doc: DiscoveryDocument): DocumentContent {
  const nl = language === "nl";
  const t = (dutch: string, english: string) => (nl ? dutch : english);
  const [groups, proxies] = discoveryTables(language, doc);
  const spec = doc.outcome.spec;
  const outcome =
    spec.kind === "error"
      ? t(
          `fout: voorspelling ${spec.prediction} ≠ label ${spec.label}`,
          `error: prediction ${spec.prediction} ≠ label ${spec.label}`,
        )
      : `${spec.kind === "decision" ? t("besluit", "decision") : "score"}: ${spec.column}`;
  const sections: DocumentSection[] = [
    {
      heading: t("Samenvatting", "Summary"),
      body: [
        { kind: "paragraph", text: doc.summary[language] },
        {
          kind: "definitions",
          items: [
            [
              t("Methode", "Method"),
              doc.method === "subgroups" ? t("subgroepontdekking", "subgroup discovery") : "HBAC",
            ],
            [t("Uitkomst", "Outcome"), outcome],
            [
              t("Slechter is", "Worse is"),
              doc.outcome.worse === "low" ? t("lager", "lower") : t("hoger", "higher"),
            ],
            [
              t("Rijen", "Rows"),
              t(
                `${formatCount(language, doc.rows.used)} gebruikt van ${formatCount(language, doc.rows.total)}; gezocht in ${formatCount(language, doc.rows.search)}, getoetst op ${formatCount(language, doc.rows.heldOut)}`,
                `${formatCount(language, doc.rows.used)} used of ${formatCount(language, doc.rows.total)}; searched in ${formatCount(language, doc.rows.search)}, tested on ${formatCount(language, doc.rows.heldOut)}`,
              ),
            ],
            [t("Seed", "Seed"), String(doc.seed)],
          ],
        },
      ],
    },
  ];
  if (doc.notes.length > 0) {
    sections.push({
      heading: t("Opmerkingen", "Notes"),
      body: [{ kind: "list", items: doc.notes.map((n) => n.text[language]) }],
    });
  }
  if (groups) sections.push({ heading: t("Gevonden groepen", "Groups found"), body: [tableBody(groups)] });
  for (const c of doc.clusters) {
    const body: DocumentBody[] = [{ kind: "list", items: c.profile.map((p) => p.text[language]) }];
    for (const comp of c.composition) {
      body.push(
        tableBody({
          title: t(
            `Samenstelling naar ${comp.attribute} (achtergehouden helft)`,
            `Composition by ${comp.attribute} (held-out half)`,
          ),
          headers: [comp.attribute, t("In de groep", "In the group"), t("Bij de rest", "In the rest")],
          rows: comp.cells.map((cell) => [
            cell.value,
            cell.group
              ? `${formatCount(language, cell.group.count)} (${formatNumber(language, cell.group.share, 2)})`
              : t("verborgen", "hidden"),
            cell.rest
              ? `${formatCount(language, cell.rest.count)} (${formatNumber(language, cell.rest.share, 2)})`
              : t("verborgen", "hidden"),
          ]),
        }),
      );
    }
    if (c.similar.length > 0) {
      body.push({
        kind: "definitions",
        items: [[t("Samengevoegd met", "Merged with"), c.similar.map((s) => s[language]).join("; ")]],
      });
    }
    sections.push({ heading: `${t("Groep", "Group")} ${c.id}: ${c.description[language]}`, body });
  }
  if (doc.proxies && proxies) {
    sections.push({
      heading: t("Proxy's", "Proxies"),
      body: [
        {
          kind: "list",
          items: doc.proxies.gaps.map((g) =>
            t(
              `${g.attribute}: impact ratio ${formatFigure(language, g.impactRatio)} (${g.lowest ?? "–"} tegenover ${g.highest ?? "–"}).`,
              `${g.attribute}: impact ratio ${formatFigure(language, g.impactRatio)} (${g.lowest ?? "–"} against ${g.highest ?? "–"}).`,
            ),
          ),
        },
        tableBody(proxies),
        ...(doc.proxies.notes.length > 0
          ? [{ kind: "list" as const, items: doc.proxies.notes.map((n) => n.text[language]) }]
          : []),
      ],
    });
  }
  sections.push({
    heading: t("Hoe dit is gedaan", "How this was done"),
    body: [
      {
        kind: "paragraph",
        text: t(
          "De groepen zijn gezocht in de ene helft van de rijen en getoetst op de andere helft, die bij het zoeken niet is gebruikt; de p-waarden zijn gecorrigeerd voor het aantal groepen (Holm). Stabiliteit is het aandeel van de herhalingen op hertrokken data waarin de groep opnieuw werd gevonden. Een significante groep is een aanwijzing om te onderzoeken, geen bewijs van discriminatie: de oorzaak en een mogelijke rechtvaardiging vragen om menselijk oordeel.",
          "The groups were searched for in one half of the rows and tested on the other half, which the search did not use; the p-values are adjusted for the number of groups (Holm). Stability is the share of repeats on resampled data that found the group again. A significant group is a lead to investigate, not proof of discrimination: its cause and any justification need human judgement.",
        ),
      },
      {
        kind: "definitions",
        items: [
          [t("Invoer", "Input"), doc.provenance.input],
          ["SHA-256", doc.provenance.sha256 ?? "–"],
          [t("Versie", "Version"), doc.provenance.version],
          [t("Gemaakt op", "Generated at"), doc.provenance.generatedAt],
        ],
      },
    ],
  });
  return {
    language,
    sender: "",
    title: t("Ontdekking van benadeelde groepen", "Discovery of disadvantaged groups"),
    sections,
    closing: [],
  };
}

export const renderDiscoveryText = (language: Language, doc: DiscoveryDocument): string =>
  documentText(discoveryContent(language, doc));
export const renderDiscoveryMarkdown = (language: Language, doc: DiscoveryDocument): string =>
  documentMarkdown(discoveryContent(language, doc));
export const renderDiscoveryHtml = (language: Language, doc: DiscoveryDocument): string =>
  documentHtml(discoveryContent(language, doc));
