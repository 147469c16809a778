import type { AuditDocument } from "../../../core/report/audit-document.ts";
import { formatPercent } from "../../../core/report/format-number.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";

const text = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;

/** Where the figures came from and with which settings: enough to reproduce the report. */
export function ProvenanceSection({ document }: { readonly document: AuditDocument }) {
  const { t, language } = useT();
  const { provenance, options } = document;
  const input = provenance.input;
  const file = text(input.path) ?? text(input.filename) ?? text(input.table) ?? "–";
  const none = t("common.none");
  const rows: [string, string][] = [
    [t("provenance.input"), file],
    [t("provenance.sha256"), provenance.input.sha256 ?? none],
    [t("provenance.format"), text(input.format) ?? "–"],
    [t("provenance.version"), provenance.version],
    [t("provenance.generatedAt"), formatDateTime(language, provenance.generatedAt)],
    [t("provenance.protected"), options.protected.join(", ")],
    [
      t("provenance.intersections"),
      options.intersections.length > 0 ? options.intersections.map((i) => i.join(" × ")).join(", ") : none,
    ],
    [
      t("provenance.reference"),
      Object.keys(options.reference).length > 0
        ? Object.entries(options.reference)
            .map(([a, v]) => `${a} = ${v}`)
            .join(", ")
        : t("reference.mostSelected"),
    ],
    [t("provenance.minGroup"), String(options.minGroup)],
    [
      t("provenance.excludeBelow"),
      options.excludeBelow === null ? none : formatPercent(language, options.excludeBelow),
    ],
    [t("provenance.alpha"), String(options.alpha).replace(".", language === "nl" ? "," : ".")],
    [t("provenance.stageOrder"), options.stageOrder ? options.stageOrder.join(" → ") : none],
  ];
  return (
    <section id="provenance" aria-labelledby="provenance-heading" className="report-section">
      <h2 id="provenance-heading">{t("provenance.title")}</h2>
      <p>{t("provenance.intro")}</p>
      <dl className="provenance">
        {rows.map(([term, value]) => (
          <div key={term} className="provenance-row">
            <dt>{term}</dt>
            <dd className={term === t("provenance.sha256") ? "code" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t("provenance.asGiven")}</summary>
        <pre className="code-block">{JSON.stringify(provenance.options, null, 2)}</pre>
      </details>
    </section>
  );
}
