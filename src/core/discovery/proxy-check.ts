import { DEFAULT_MIN_GROUP } from "../audit/audit-options.ts";
import { type Figure, figure, undefinedFigure } from "../audit/figure.ts";
import {
  type AttributeGap,
  attributeGap,
  featureStrata,
  gapShareOf,
  PROXY_BINS,
  stratifiedRatio,
} from "./attribute-gap.ts";
import { DiscoveryError } from "./discovery-error.ts";
import { type DiscoveryNote, note } from "./discovery-note.ts";
import type { DiscoveryTable, OutcomeSpec } from "./discovery-table.ts";
import { association } from "./feature-association.ts";
import { formatShare, formatValue, inBoth, type LocalizedText, text } from "./localized-text.ts";
import { prepareTable } from "./prepare-table.ts";

/**
 * The proxy check, for when protected attributes are present: which input features stand in for a
 * protected characteristic, and how much of the outcome gap between its groups each one carries.
 *
 * Per feature × protected attribute:
 * - Cramér's V and mutual information (feature-association.ts), numeric features in PROXY_BINS
 *   quantile bins, missing values as their own value; flagged when V ≥ PROXY_CRAMERS_V or the
 *   normalised mutual information ≥ PROXY_NORMALIZED_MI, and the χ² test is significant at alpha.
 * - The share of the outcome gap it explains. The gap is the impact ratio IR of the attribute: the
 *   rate of the outcome (share of 1s; for a score, the share above the median, as LL144's scoring rate)
 *   of the group with the lowest rate over that of the group with the highest (groups of at least
 *   minGroup rows). Stratifying on the feature's values gives the Mantel–Haenszel risk ratio of the
 *   same two groups, IR_strat = Σ a·n₀/N / Σ c·n₁/N over strata (Rothman & Greenland, Modern
 *   Epidemiology, ch. 15), comparing like with like. Then
 *     share = (|1 − IR| − |1 − IR_strat|) / |1 − IR|, clipped to [0, 1]:
 *   1 when the gap disappears among people with the same value of the feature, 0 when it stays.
 *   Undefined (with the reason) when there is no gap (IR = 1), or the feature separates the groups
 *   so completely that strata holding both cover less than MIN_STRATIFIED_COVERAGE of them.
 */

/**
 * V ≥ 0.2: Cohen's (1988) "small" is 0.1 and "medium" 0.3 for a 2×2 table; 0.2 is the middle, the
 * V of a feature that is 60/40 in one group and 40/60 in the other — enough to matter for a proxy
 * (Rea & Parker's "moderate" starts there).
 */
export const PROXY_CRAMERS_V = 0.2;
/**
 * Normalised MI ≥ 0.05: knowing the feature removes at least 5% of the uncertainty about the group.
 * For a two-valued feature and attribute this is about V ≥ 0.26; for many categories, where V is
 * diluted by the table's size, it is the threshold that catches a proxy.
 */
export const PROXY_NORMALIZED_MI = 0.05;

export interface ProxyOptions {
  /** Significance level of the χ² test behind a flag. Default 0.05. */
  readonly alpha?: number;
  /** Groups of the protected attribute with fewer rows are not compared. Default 5. */
  readonly minGroup?: number;
}

export interface ProxyAssociation {
  readonly feature: string;
  readonly attribute: string;
  readonly n: number;
  readonly cramersV: Figure;
  readonly chiSquarePValue: number | null;
  readonly mutualInformation:
    | { readonly status: "ok"; readonly bits: number; readonly normalized: number }
    | { readonly status: "undefined"; readonly reason: string };
  readonly flagged: boolean;
  readonly stratifiedImpactRatio: Figure;
  /** Share of |1 − IR| that stratifying on the feature removes, in [0, 1]. */
  readonly gapShare: Figure;
  readonly text: LocalizedText;
}

export interface ProxyCheckResult {
  readonly schema: "aware.proxies/1";
  readonly method: "proxy-check";
  readonly outcome: {
    readonly spec: OutcomeSpec;
    readonly rate: "share of 1s" | "share above the median score";
  };
  readonly thresholds: {
    readonly cramersV: number;
    readonly normalizedMutualInformation: number;
    readonly alpha: number;
  };
  readonly bins: number;
  readonly rows: number;
  readonly notes: readonly DiscoveryNote[];
  readonly gaps: readonly AttributeGap[];
  /** By attribute, then the strongest association first. */
  readonly associations: readonly ProxyAssociation[];
}

export function proxyCheck(
  table: DiscoveryTable,
  protectedAttributes: readonly string[] = table.protected ?? [],
  options: ProxyOptions = {},
): ProxyCheckResult {
  if (protectedAttributes.length === 0) {
    throw new DiscoveryError(
      "no-protected-attributes",
      {},
      "the proxy check needs at least one protected attribute (e.g. gender) in the table",
    );
  }
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`proxyCheck: invalid alpha ${alpha}`);
  const minGroup = options.minGroup ?? DEFAULT_MIN_GROUP;
  if (!Number.isInteger(minGroup) || minGroup < 1)
    throw new RangeError(`proxyCheck: invalid minGroup ${minGroup}`);
  const prepared = prepareTable({ ...table, protected: protectedAttributes });
  const rows = prepared.used;
  // The favourable/adverse coding does not matter for |1 − IR| of min/max; rates are of 1s (or above the median).
  let median = Number.NaN;
  if (!prepared.binary) {
    const sorted = Float64Array.from(rows, (i) => prepared.outcome[i]!).sort();
    const mid = sorted.length >> 1;
    median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  const outcome = Uint8Array.from(prepared.outcome, (v) =>
    Number.isNaN(v) ? 0 : prepared.binary ? (v === 1 ? 1 : 0) : v > median ? 1 : 0,
  );
  const notes: DiscoveryNote[] = [...prepared.notes.filter((n) => n.code !== "missing-protected")];
  const gaps = prepared.protected.map((p) => attributeGap(p, outcome, rows, minGroup));
  for (const g of gaps) {
    if (g.rowsWithoutValue > 0) {
      notes.push(
        note(
          "missing-protected",
          text(
            `${g.rowsWithoutValue} rows have no value for ${g.attribute} and are left out of its comparisons`,
            `${g.rowsWithoutValue} rijen hebben geen waarde voor ${g.attribute} en tellen niet mee in de vergelijkingen daarvan`,
          ),
          { column: g.attribute, count: g.rowsWithoutValue },
        ),
      );
    }
  }
  const associations: ProxyAssociation[] = [];
  for (const [k, attribute] of prepared.protected.entries()) {
    const gap = gaps[k]!;
    const withValue = rows.filter((i) => attribute.codes[i] !== -1);
    const perAttribute: ProxyAssociation[] = [];
    for (const feature of prepared.features) {
      const strata = featureStrata(feature, withValue);
      const contingency = Array.from({ length: strata.count }, () =>
        new Array<number>(attribute.levels.length).fill(0),
      );
      for (const i of withValue) contingency[strata.codes[i]!]![attribute.codes[i]!]!++;
      const a = association(contingency);
      const v = a.cramersV;
      const mi = a.mutualInformation;
      const flagged =
        v.status === "ok" &&
        v.pValue < alpha &&
        (v.value >= PROXY_CRAMERS_V || (mi.status === "ok" && mi.normalized >= PROXY_NORMALIZED_MI));
      const stratified =
        gap.impactRatio.status === "ok"
          ? stratifiedRatio(strata, attribute, gap, outcome, withValue)
          : undefinedFigure(`there is no impact ratio: ${gap.impactRatio.reason}`);
      const gapShare = gapShareOf(gap.impactRatio, stratified);
      perAttribute.push({
        feature: feature.name,
        attribute: attribute.name,
        n: a.n,
        cramersV: v.status === "ok" ? figure(v.value) : undefinedFigure(v.reason),
        chiSquarePValue: v.status === "ok" ? v.pValue : null,
        mutualInformation: mi,
        flagged,
        stratifiedImpactRatio: stratified,
        gapShare,
        text: proxyText(feature.name, attribute.name, v, mi, flagged, gapShare),
      });
    }
    perAttribute.sort(
      (x, y) =>
        (y.cramersV.status === "ok" ? y.cramersV.value : -1) -
          (x.cramersV.status === "ok" ? x.cramersV.value : -1) || (x.feature < y.feature ? -1 : 1),
    );
    associations.push(...perAttribute);
  }
  return {
    schema: "aware.proxies/1",
    method: "proxy-check",
    outcome: {
      spec: prepared.outcomeSpec,
      rate: prepared.binary ? "share of 1s" : "share above the median score",
    },
    thresholds: { cramersV: PROXY_CRAMERS_V, normalizedMutualInformation: PROXY_NORMALIZED_MI, alpha },
    bins: PROXY_BINS,
    rows: rows.length,
    notes,
    gaps: gaps.map(({ lowestCode: _, highestCode: __, ...g }) => g),
    associations,
  };
}

function proxyText(
  feature: string,
  attribute: string,
  v: ReturnType<typeof association>["cramersV"],
  mi: ReturnType<typeof association>["mutualInformation"],
  flagged: boolean,
  gapShare: Figure,
): LocalizedText {
  return inBoth((l) => {
    const nl = l === "nl";
    if (v.status !== "ok")
      return nl ? `${feature} en ${attribute}: ${v.reason}` : `${feature} and ${attribute}: ${v.reason}`;
    const strength = `Cramér's V ${formatValue(l, v.value, 2)}${
      mi.status === "ok"
        ? nl
          ? `, wederzijdse informatie ${formatValue(l, mi.bits, 3)} bit (${formatShare(l, mi.normalized)} van de onzekerheid over ${attribute})`
          : `, mutual information ${formatValue(l, mi.bits, 3)} bits (${formatShare(l, mi.normalized)} of the uncertainty about ${attribute})`
        : ""
    }`;
    const head = flagged
      ? nl
        ? `${feature} is een mogelijke proxy voor ${attribute}`
        : `${feature} may stand in for ${attribute}`
      : nl
        ? `${feature} hangt weinig of niet samen met ${attribute}`
        : `${feature} is at most weakly associated with ${attribute}`;
    const share =
      gapShare.status === "ok"
        ? nl
          ? `; vergelijken binnen gelijke waarden van ${feature} neemt ${formatShare(l, gapShare.value)} van het verschil in uitkomst tussen de groepen weg`
          : `; comparing within equal values of ${feature} removes ${formatShare(l, gapShare.value)} of the outcome gap between the groups`
        : "";
    return `${head}: ${strength}${share}`;
  });
}
