import type { DiscoveryDocument } from "../../../core/discovery/discovery-document.ts";
import type { DiscoveredCluster } from "../../../core/discovery/discovery-result.ts";
import { discoveryTables } from "../../../core/discovery/discovery-tables.ts";
import { formatCount, formatFigure, formatNumber, formatP } from "../../../core/report/format-number.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { DiscoveryDownloads } from "./DiscoveryDownloads.tsx";
import { GroupOutcomeChart } from "./GroupOutcomeChart.tsx";
import { TextTableView } from "./TextTableView.tsx";

/**
 * A discovery run as the server answered it: the run in one sentence, its notes, the groups in a chart
 * and a table (tested on the held-out half), each group's profile and composition, the proxy check,
 * the downloads and where the figures came from. The tables are the core's, as in the downloads.
 */
export function DiscoveryResults({ doc }: { readonly doc: DiscoveryDocument }) {
  const { t, language } = useT();
  const [groups, proxies] = discoveryTables(language, doc);
  const spec = doc.outcome.spec;
  const outcome =
    spec.kind === "error"
      ? t("discovery.facts.outcomeError", { prediction: spec.prediction, label: spec.label })
      : t(spec.kind === "decision" ? "discovery.facts.outcomeDecision" : "discovery.facts.outcomeScore", {
          column: spec.column,
        });
  const notes = [...doc.notes, ...(doc.proxies?.notes ?? [])];
  return (
    <>
      <nav aria-label={t("discovery.results.contents")} className="toc">
        <ul>
          <li>
            <a href="#discovery-summary">{t("discovery.results.summary")}</a>
          </li>
          {doc.clusters.length > 0 && (
            <li>
              <a href="#discovery-groups">{t("discovery.results.groups")}</a>
            </li>
          )}
          {doc.proxies && (
            <li>
              <a href="#discovery-proxies">{t("discovery.results.proxies")}</a>
            </li>
          )}
          <li>
            <a href="#discovery-downloads">{t("downloads.title")}</a>
          </li>
          <li>
            <a href="#discovery-provenance">{t("provenance.title")}</a>
          </li>
        </ul>
      </nav>

      <section
        id="discovery-summary"
        aria-labelledby="discovery-summary-heading"
        className="report-section summary"
      >
        <h2 id="discovery-summary-heading" tabIndex={-1}>
          {t("discovery.results.summary")}
        </h2>
        <p className="findings">{doc.summary[language]}</p>
        <ul className="facts">
          <li>{doc.method === "subgroups" ? t("discovery.facts.subgroups") : t("discovery.facts.hbac")}</li>
          <li>
            {outcome}{" "}
            {doc.outcome.worse === "low" ? t("discovery.facts.worseLow") : t("discovery.facts.worseHigh")}
          </li>
          <li>
            {t("discovery.facts.rows", {
              used: formatCount(language, doc.rows.used),
              total: formatCount(language, doc.rows.total),
              search: formatCount(language, doc.rows.search),
              heldOut: formatCount(language, doc.rows.heldOut),
            })}
          </li>
          <li>
            {t(doc.outcome.binary ? "discovery.facts.overallRate" : "discovery.facts.overallMean", {
              value: doc.outcome.binary
                ? `${formatNumber(language, doc.outcome.overallMean * 100, 1)}%`
                : formatNumber(language, doc.outcome.overallMean, 2),
            })}
          </li>
          {doc.protected.length > 0 && (
            <li>{t("discovery.facts.protected", { columns: doc.protected.join(", ") })}</li>
          )}
        </ul>
        <p className="hint">{t("discovery.results.caution")}</p>
        {notes.length > 0 && (
          <>
            <h3>{t("discovery.results.notes")}</h3>
            <ul className="warning-list">
              {notes.map((n) => (
                <li key={`${n.code}-${n.column ?? ""}-${n.text.en}`}>{n.text[language]}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {doc.clusters.length > 0 && groups && (
        <section id="discovery-groups" aria-labelledby="discovery-groups-heading" className="report-section">
          <h2 id="discovery-groups-heading">{t("discovery.results.groups")}</h2>
          <p>
            {doc.method === "subgroups"
              ? t("discovery.results.groupsIntro")
              : t("discovery.results.clustersIntro")}
          </p>
          <GroupOutcomeChart doc={doc} />
          <p className="hint">{t("discovery.chart.legend")}</p>
          <TextTableView table={groups} />
          {doc.clusters.map((c) => (
            <GroupProfile key={c.id} cluster={c} />
          ))}
        </section>
      )}

      {doc.proxies && proxies && (
        <section
          id="discovery-proxies"
          aria-labelledby="discovery-proxies-heading"
          className="report-section"
        >
          <h2 id="discovery-proxies-heading">{t("discovery.results.proxies")}</h2>
          <p>{t("discovery.results.proxiesIntro")}</p>
          <ul>
            {doc.proxies.gaps.map((g) => (
              <li key={g.attribute}>
                {g.impactRatio.status === "ok"
                  ? t("discovery.proxies.gap", {
                      attribute: g.attribute,
                      ratio: formatFigure(language, g.impactRatio, 2),
                      lowest: g.lowest ?? "–",
                      highest: g.highest ?? "–",
                    })
                  : t("discovery.proxies.noGap", { attribute: g.attribute, reason: g.impactRatio.reason })}
              </li>
            ))}
          </ul>
          <TextTableView table={proxies} numericFrom={2} />
          <ul className="compact-list">
            {doc.proxies.associations
              .filter((a) => a.flagged)
              .map((a) => (
                <li key={`${a.feature}-${a.attribute}`}>{a.text[language]}</li>
              ))}
          </ul>
        </section>
      )}

      <DiscoveryDownloads doc={doc} />

      <section
        id="discovery-provenance"
        aria-labelledby="discovery-provenance-heading"
        className="report-section"
      >
        <h2 id="discovery-provenance-heading">{t("provenance.title")}</h2>
        <dl className="provenance">
          {[
            [t("provenance.input"), doc.provenance.input],
            [t("provenance.sha256"), doc.provenance.sha256 ?? t("common.none")],
            [t("provenance.version"), doc.provenance.version],
            [t("provenance.generatedAt"), formatDateTime(language, doc.provenance.generatedAt)],
            [t("discovery.provenance.seed"), String(doc.seed)],
            [t("discovery.provenance.minSize"), `${formatNumber(language, doc.options.minSize * 100, 1)}%`],
            [t("discovery.provenance.resamples"), String(doc.options.resamples)],
            [t("discovery.provenance.minGroup"), String(doc.options.minGroup)],
          ].map(([term, value]) => (
            <div key={term} className="provenance-row">
              <dt>{term}</dt>
              <dd className={term === t("provenance.sha256") ? "code" : undefined}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

/** "= 0.012" or "< 0.0001", after "p". */
const pText = (p: string) => (p.startsWith("<") ? `< ${p.slice(1)}` : `= ${p}`);

/** One group: its rule, verdict, profile lines, the composition by each protected attribute. */
function GroupProfile({ cluster: c }: { readonly cluster: DiscoveredCluster }) {
  const { t, language } = useT();
  const headingId = `discovery-group-${c.id}`;
  const p = pText(c.pAdjusted === null ? "–" : formatP(language, c.pAdjusted));
  const verdict = !c.significant
    ? t("discovery.group.notSignificant")
    : c.direction === "worse"
      ? t("discovery.group.significant", { p })
      : t("discovery.group.better", { p });
  const unstable = c.stability.status === "ok" && !c.stability.stable;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {c.rule === null
          ? t("discovery.group.cluster", { id: c.id })
          : t("discovery.group.title", { id: c.id, description: c.description[language] })}
      </h3>
      {c.rule === null && <p>{c.description[language]}</p>}
      <p>
        <span className="status-badge">{verdict}</span>
        {unstable && (
          <>
            {" "}
            <span className="status-badge">{t("discovery.group.unstable")}</span>
          </>
        )}
      </p>
      <ul>
        {c.profile.map((line) => (
          <li key={`${line.kind}-${line.feature ?? ""}-${line.text.en}`}>{line.text[language]}</li>
        ))}
      </ul>
      {c.composition.map((comp) => (
        <TextTableView
          key={comp.attribute}
          numericFrom={1}
          table={{
            title: t(
              c.rule === null ? "discovery.composition.clusterCaption" : "discovery.composition.caption",
              {
                id: c.id,
                attribute: comp.attribute,
              },
            ),
            headers: [comp.attribute, t("discovery.composition.group"), t("discovery.composition.rest")],
            rows: comp.cells.map((cell) => [
              cell.value === "missing" ? t("discovery.composition.missing") : cell.value,
              cell.group
                ? `${formatCount(language, cell.group.count)} (${formatNumber(language, cell.group.share * 100, 1)}%)`
                : t("discovery.composition.hidden"),
              cell.rest
                ? `${formatCount(language, cell.rest.count)} (${formatNumber(language, cell.rest.share * 100, 1)}%)`
                : t("discovery.composition.hidden"),
            ]),
          }}
        />
      ))}
      {c.similar.length > 0 && (
        <p className="hint">
          {t("discovery.group.similar", { rules: c.similar.map((s) => s[language]).join("; ") })}
        </p>
      )}
    </section>
  );
}
