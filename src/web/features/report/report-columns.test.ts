import { describe, expect, it } from "vitest";
import { groupRows } from "../../../../test-support/decision-rows.ts";
import { audit } from "../../../core/audit/audit.ts";
import { cellsFromRows } from "../../../core/audit/cells-from-rows.ts";
import { LANGUAGES } from "../../../core/i18n/language.ts";
import { translate } from "../../../core/i18n/translate.ts";
import {
  cutCurveTable,
  errorRateTable,
  funnelTable,
  scoringTable,
  selectionTable,
  strataTable,
} from "../../../core/report/report-tables.ts";
import { en } from "../../i18n/en.ts";
import { nl } from "../../i18n/nl.ts";
import {
  type ColumnId,
  cutCurveColumns,
  definitionBody,
  definitionTitle,
  ERROR_RATE_COLUMNS,
  funnelColumns,
  SCORING_COLUMNS,
  SELECTION_COLUMNS,
  SELECTION_HEADER_KEYS,
  STRATA_COLUMNS,
} from "./report-columns.ts";

const rows = ["a", "b"].flatMap((g, gi) =>
  ["r1", "r2"].flatMap((requisition) =>
    ["screen", "interview"].flatMap((stage, si) =>
      groupRows({ g }, 30 - si * 10, 20 - gi * 6 - si * 5, {
        stage,
        requisition,
        label: gi === 0,
        score: 10 + gi * 5 + si,
      }),
    ),
  ),
);
const report = audit(
  cellsFromRows(rows, { attributes: ["g"], hasStage: true, hasRequisition: true, hasLabel: true }),
  {
    protected: ["g"],
    stageOrder: ["screen", "interview"],
  },
);
const grouping = report.groupings[0]!;

describe("report columns", () => {
  it("follow the core selection table, column by column, in both languages", () => {
    for (const language of LANGUAGES) {
      const headers = selectionTable(language, grouping, false).headers;
      expect(headers).toEqual(SELECTION_COLUMNS.map((c) => translate(language, SELECTION_HEADER_KEYS[c])));
    }
  });

  it("have as many entries as every other core table has headers", () => {
    expect(scoringTable("en", grouping)?.headers).toHaveLength(SCORING_COLUMNS.length);
    expect(errorRateTable("en", grouping)?.headers).toHaveLength(ERROR_RATE_COLUMNS.length);
    expect(strataTable("en", grouping)?.headers).toHaveLength(STRATA_COLUMNS.length);
    expect(funnelTable("en", report, grouping)?.headers).toHaveLength(
      funnelColumns(report.stages ?? []).length,
    );
    const curve = cutCurveTable("en", grouping);
    if (curve) expect(curve.headers).toHaveLength(cutCurveColumns(curve.headers.length - 2).length);
  });

  it("each have a definition in English and Dutch", () => {
    const ids = new Set<ColumnId>([
      ...SELECTION_COLUMNS,
      ...SCORING_COLUMNS,
      ...ERROR_RATE_COLUMNS,
      ...STRATA_COLUMNS,
      ...funnelColumns(["x"]),
      ...cutCurveColumns(1),
    ]);
    for (const id of ids) {
      for (const messages of [en, nl] as const) {
        expect(messages[definitionTitle(id)]).toMatch(/\S/);
        expect(messages[definitionBody(id)]).toMatch(/\S/);
      }
    }
  });
});
