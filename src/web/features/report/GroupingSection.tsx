import type { AuditReport, GroupingResult } from "../../../core/audit/audit-report.ts";
import { translate } from "../../../core/i18n/translate.ts";
import { formatNumber, formatP, formatPercent } from "../../../core/report/format-number.ts";
import {
  cutCurveTable,
  errorRateTable,
  funnelTable,
  groupLabel,
  scoringTable,
  selectionTable,
  strataTable,
} from "../../../core/report/report-tables.ts";
import { useT } from "../../i18n/use-t.ts";
import { CutCurveChart } from "./CutCurveChart.tsx";
import { FunnelChart } from "./FunnelChart.tsx";
import { ImpactRatioChart } from "./ImpactRatioChart.tsx";
import { ReportTable } from "./ReportTable.tsx";
import {
  cutCurveColumns,
  ERROR_RATE_COLUMNS,
  funnelColumns,
  SCORING_COLUMNS,
  SELECTION_COLUMNS,
  STRATA_COLUMNS,
} from "./report-columns.ts";
import { SelectionRateChart } from "./SelectionRateChart.tsx";

/** Everything the report says about one grouping (an attribute alone or an intersection). */
export function GroupingSection({
  report,
  grouping,
  index,
}: {
  readonly report: AuditReport;
  readonly grouping: GroupingResult;
  readonly index: number;
}) {
  const { language } = useT();
  const tr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);
  const headingId = `grouping-${index}-heading`;
  const scoring = scoringTable(language, grouping);
  const errors = errorRateTable(language, grouping);
  const funnel = funnelTable(language, report, grouping);
  const strata = strataTable(language, grouping);
  const curve = cutCurveTable(language, grouping);
  return (
    <section id={`grouping-${index}`} aria-labelledby={headingId} className="report-section">
      <h2 id={headingId}>{tr("report.grouping", { attributes: grouping.attributes.join(" × ") })}</h2>
      <ul className="facts">
        <li>
          {grouping.reference
            ? tr("report.reference", {
                reference: groupLabel(grouping.reference),
                rule: tr(`report.rule.${grouping.referenceRule}`),
              })
            : tr("report.reference.none", { reason: grouping.referenceReason ?? "" })}
        </li>
        {grouping.unknown > 0 && <li>{tr("report.unknown", { count: grouping.unknown })}</li>}
        {grouping.excluded.map((x) => (
          <li key={groupLabel(x.key)}>
            {tr("report.excluded", { group: groupLabel(x.key), share: formatPercent(language, x.share) })}
          </li>
        ))}
        {grouping.chiSquare.status === "ok" && (
          <li>
            {tr("report.chiSquare", {
              statistic: formatNumber(language, grouping.chiSquare.statistic ?? 0, 2),
              df: grouping.chiSquare.df,
              p: formatP(language, grouping.chiSquare.pValue),
            })}
          </li>
        )}
      </ul>

      <h3>{tr("section.selection")}</h3>
      <div className="chart-grid">
        <SelectionRateChart grouping={grouping} overall={report.overall.selectionRate} />
        <ImpactRatioChart grouping={grouping} />
      </div>
      <ReportTable
        table={selectionTable(language, grouping, false)}
        columns={SELECTION_COLUMNS}
        caption={`${tr("section.selection")}: ${grouping.attributes.join(" × ")}`}
      />
      <p className="legend">{tr("report.legend")}</p>

      {funnel && report.stages && (
        <>
          <h3>{tr("section.funnel")}</h3>
          <FunnelChart grouping={grouping} stages={report.stages} />
          <ReportTable table={funnel} columns={funnelColumns(report.stages)} />
        </>
      )}
      {scoring && (
        <>
          <h3>{tr("section.scoring")}</h3>
          <ReportTable table={scoring} columns={SCORING_COLUMNS} />
        </>
      )}
      {curve && (
        <>
          <h3>{tr("section.cutCurve")}</h3>
          <CutCurveChart grouping={grouping} />
          <ReportTable table={curve} columns={cutCurveColumns(curve.headers.length - 2)} />
        </>
      )}
      {errors && (
        <>
          <h3>{tr("section.errorRates")}</h3>
          <ReportTable table={errors} columns={ERROR_RATE_COLUMNS} />
        </>
      )}
      {strata && (
        <>
          <h3>{tr("section.strata")}</h3>
          <ReportTable table={strata} columns={STRATA_COLUMNS} />
        </>
      )}
    </section>
  );
}
