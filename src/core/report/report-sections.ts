import type { GroupingResult } from "../audit/audit-report.ts";
import type { Language } from "../i18n/language.ts";
import type { AuditDocument } from "./audit-document.ts";
import {
  cutCurveTable,
  errorRateTable,
  funnelTable,
  scoringTable,
  selectionTable,
  strataTable,
  type TextTable,
} from "./report-tables.ts";

/** Every full table of the report, grouping by grouping, for the Markdown and HTML documents. */
export function fullTables(language: Language, doc: AuditDocument): TextTable[] {
  return doc.groupings.flatMap((g) => groupingTables(language, doc, g));
}

/** The full tables of one grouping: selection, scores, cut-score curve, error rates, funnel, strata. */
export function groupingTables(language: Language, doc: AuditDocument, g: GroupingResult): TextTable[] {
  return [
    selectionTable(language, g, false),
    scoringTable(language, g),
    cutCurveTable(language, g),
    errorRateTable(language, g),
    funnelTable(language, doc, g),
    strataTable(language, g),
  ].filter((t): t is TextTable => t !== undefined);
}
