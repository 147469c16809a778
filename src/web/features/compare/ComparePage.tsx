import type { Language } from "../../../core/i18n/language.ts";
import { translate } from "../../../core/i18n/translate.ts";
import { formatNumber, formatPercent } from "../../../core/report/format-number.ts";
import type { AuditDetail } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { paths } from "../../app/routes.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { type Translate, useT } from "../../i18n/use-t.ts";
import { type ComparedGrouping, compareAudits, type GroupFigures, inTimeOrder } from "./compare-audits.ts";
import { formatChange } from "./format-change.ts";

/** /compare/:a/:b: two saved audits side by side, the earlier one first. */
export function ComparePage({ a, b }: { readonly a: string; readonly b: string }) {
  const { t } = useT();
  const [pair] = useApiData(() => Promise.all([api.audit(a), api.audit(b)]), [a, b]);
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.audits()}>{t("report.back")}</Link>
      </p>
      <PageTitle title={t("compare.title")}>{t("compare.title")}</PageTitle>
      {pair.status === "loading" && <Loading />}
      {pair.status === "failed" && <ErrorAlert error={pair.error} />}
      {pair.status === "ready" && <Comparison pair={pair.data} />}
    </>
  );
}

function Comparison({ pair }: { readonly pair: readonly [AuditDetail, AuditDetail] }) {
  const { t, language } = useT();
  const [before, after] = inTimeOrder(pair[0], pair[1]);
  const groupings = compareAudits(before.document, after.document);
  const describeAudit = (d: AuditDetail) =>
    `${d.title} (${formatDateTime(language, d.createdAt)}, ${d.filename})`;
  return (
    <>
      <dl className="compare-audits">
        <div>
          <dt>{t("compare.before")}</dt>
          <dd>
            <Link to={paths.report(before.id)}>{describeAudit(before)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("compare.after")}</dt>
          <dd>
            <Link to={paths.report(after.id)}>{describeAudit(after)}</Link>
          </dd>
        </div>
      </dl>
      <p className="hint">{t("compare.intro")}</p>
      {groupings.map((g, i) => (
        <ComparedGroupingTable key={g.attributes.join("×")} grouping={g} index={i} />
      ))}
    </>
  );
}

function rateText(language: Language, t: Translate, f: GroupFigures | null): string {
  if (!f) return t("compare.absent");
  if (f.status === "suppressed") return translate(language, "status.suppressed");
  return f.selectionRate === null ? "–" : formatPercent(language, f.selectionRate);
}

function ratioText(language: Language, t: Translate, f: GroupFigures | null): string {
  if (!f) return t("compare.absent");
  if (f.isReference) return translate(language, "flag.reference");
  if (f.status === "suppressed") return translate(language, "status.suppressed");
  if (f.impactRatio === null) return "–";
  const below = f.belowFourFifths ? ` (${translate(language, "flag.below")})` : "";
  return `${formatNumber(language, f.impactRatio, 2)}${below}`;
}

function ComparedGroupingTable({
  grouping,
  index,
}: {
  readonly grouping: ComparedGrouping;
  readonly index: number;
}) {
  const { t, language } = useT();
  const name = grouping.attributes.join(" × ");
  const captionId = `compare-${index}`;
  return (
    <section className="report-section" aria-labelledby={`${captionId}-heading`}>
      <h2 id={`${captionId}-heading`}>{translate(language, "report.grouping", { attributes: name })}</h2>
      <p>
        {t("compare.references", {
          before: grouping.referenceBefore ?? "–",
          after: grouping.referenceAfter ?? "–",
        })}
      </p>
      <ScrollRegion labelledBy={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t("compare.caption", { grouping: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{translate(language, "col.group")}</th>
              <th scope="col">{t("compare.rateBefore")}</th>
              <th scope="col">{t("compare.rateAfter")}</th>
              <th scope="col">{t("compare.rateChange")}</th>
              <th scope="col">{t("compare.irBefore")}</th>
              <th scope="col">{t("compare.irAfter")}</th>
              <th scope="col">{t("compare.irChange")}</th>
            </tr>
          </thead>
          <tbody>
            {grouping.groups.map((g) => (
              <tr key={g.group}>
                <th scope="row">{g.group}</th>
                <td className="numeric">{rateText(language, t, g.before)}</td>
                <td className="numeric">{rateText(language, t, g.after)}</td>
                <td className="numeric">
                  {g.selectionRateChange === null
                    ? "–"
                    : formatChange(language, g.selectionRateChange * 100, 1)}
                </td>
                <td className="numeric">{ratioText(language, t, g.before)}</td>
                <td className="numeric">{ratioText(language, t, g.after)}</td>
                <td className="numeric">
                  {g.impactRatioChange === null ? "–" : formatChange(language, g.impactRatioChange, 2)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
