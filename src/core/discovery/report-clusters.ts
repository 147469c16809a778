import { formatP } from "../report/format-number.ts";
import { holm } from "../stats/p-adjust.ts";
import type { ResolvedCommonOptions } from "./discovery-options.ts";
import type { DiscoveredCluster, ProfileLine, Stability } from "./discovery-result.ts";
import { composition, compositionLine } from "./group-composition.ts";
import { profileDifferences } from "./group-profile.ts";
import { compareGroup } from "./held-out-comparison.ts";
import type { HoldoutSplit } from "./holdout-split.ts";
import { formatShare, formatValue, inBoth, type LocalizedText } from "./localized-text.ts";
import type { PreparedTable } from "./prepare-table.ts";
import type { SubgroupRule } from "./subgroup-rule.ts";

/**
 * What both methods do once they have chosen their groups on the search half: test each on the
 * held-out half, adjust the p-values with Holm over all reported groups, describe each group in plain
 * words, give its composition by the protected attributes, and assign every row.
 */
export interface FoundGroup {
  readonly rule: SubgroupRule | null;
  readonly description: LocalizedText;
  /** Membership of every row of the table. */
  readonly members: Uint8Array;
  /** The method's ranking score on the search half (higher = more disadvantaged). */
  readonly score: number;
  readonly stability: Stability;
  readonly similar: readonly LocalizedText[];
}

const mean = (y: Float64Array, rows: Int32Array, keep: (i: number) => boolean): [number, number] => {
  let n = 0;
  let sum = 0;
  for (const i of rows) {
    if (!keep(i)) continue;
    n++;
    sum += y[i]!;
  }
  return [n, n === 0 ? Number.NaN : sum / n];
};

function outcomeLine(
  prepared: PreparedTable,
  c: Omit<DiscoveredCluster, "profile">,
  alpha: number,
): ProfileLine {
  const spec = prepared.outcomeSpec;
  return {
    kind: "outcome",
    text: inBoth((l) => {
      const nl = l === "nl";
      if (c.outcomeMean.status !== "ok" || c.restMean.status !== "ok" || c.difference.status !== "ok") {
        const reason = c.outcomeMean.status === "undefined" ? c.outcomeMean.reason : "";
        return nl
          ? `Niet getoetst in de achtergehouden helft: ${reason}`
          : `Not tested in the held-out half: ${reason}`;
      }
      const [g, r, d] = [c.outcomeMean.value, c.restMean.value, c.difference.value];
      const ci = c.difference.ci?.status === "ok" ? c.difference.ci : null;
      const points = (x: number) => formatValue(l, Math.round(x * 1000) / 10, 1);
      let what: string;
      let diff: string;
      if (prepared.binary) {
        const column = spec.kind === "error" ? null : spec.column;
        what =
          spec.kind === "error"
            ? nl
              ? `onjuiste voorspelling bij ${formatShare(l, g)} van deze groep tegen ${formatShare(l, r)} van de rest`
              : `wrong prediction for ${formatShare(l, g)} of this group against ${formatShare(l, r)} of the rest`
            : nl
              ? `${column} = ja bij ${formatShare(l, g)} van deze groep tegen ${formatShare(l, r)} van de rest`
              : `${column} = yes for ${formatShare(l, g)} of this group against ${formatShare(l, r)} of the rest`;
        diff = `${nl ? "verschil" : "difference"} ${points(d)} ${nl ? "procentpunt" : "percentage points"}${
          ci
            ? `, ${Math.round(ci.level * 100)}${nl ? "%-BI" : "% CI"} ${points(ci.lower)} ${nl ? "tot" : "to"} ${points(ci.upper)}`
            : ""
        }`;
      } else {
        const column = spec.kind === "score" ? spec.column : "";
        what = nl
          ? `gemiddelde ${column} ${formatValue(l, g)} in deze groep tegen ${formatValue(l, r)} in de rest`
          : `mean ${column} ${formatValue(l, g)} in this group against ${formatValue(l, r)} in the rest`;
        diff = `${nl ? "verschil" : "difference"} ${formatValue(l, d)}${
          ci
            ? `, ${Math.round(ci.level * 100)}${nl ? "%-BI" : "% CI"} ${formatValue(l, ci.lower)} ${nl ? "tot" : "to"} ${formatValue(l, ci.upper)}`
            : ""
        }`;
      }
      const p =
        c.pAdjusted === null
          ? ""
          : `; ${nl ? "p na Holm" : "Holm-adjusted p"} ${formatP(l, c.pAdjusted)}${
              c.significant
                ? nl
                  ? ", significant"
                  : ", significant"
                : nl
                  ? ", niet significant"
                  : ", not significant"
            } (α = ${formatValue(l, alpha)})`;
      return `${nl ? "Achtergehouden helft" : "Held-out half"}: ${what} (${diff}${p})`;
    }),
  };
}

function stabilityLine(s: Stability): ProfileLine | null {
  if (s.status !== "ok") return null;
  return {
    kind: "stability",
    text: inBoth((l) =>
      l === "nl"
        ? `In ${s.found} van ${s.resamples} herhalingen op een bootstrapsteekproef teruggevonden (${s.stable ? "stabiel" : "instabiel"})`
        : `Found again in ${s.found} of ${s.resamples} bootstrap resamples (${s.stable ? "stable" : "unstable"})`,
    ),
  };
}

export function reportClusters(
  prepared: PreparedTable,
  split: HoldoutSplit,
  groups: readonly FoundGroup[],
  options: ResolvedCommonOptions,
): { clusters: DiscoveredCluster[]; assignments: number[] } {
  const y = prepared.outcome;
  const settings = { binary: prepared.binary, level: options.level, minGroup: options.minGroup };
  const drafts = groups.map((group, id) => {
    const inGroup = (i: number) => group.members[i] === 1;
    const [searchSize, searchMean] = mean(y, split.search, inGroup);
    const [, searchRest] = mean(y, split.search, (i) => !inGroup(i));
    const [heldOutSize] = mean(y, split.heldOut, inGroup);
    const comparison = compareGroup(y, inGroup, split.heldOut, settings);
    const d = comparison.difference;
    const worseSign = prepared.worse === "high" ? 1 : -1;
    const direction =
      d.status !== "ok"
        ? "undefined"
        : d.value * worseSign > 0
          ? "worse"
          : d.value === 0
            ? "equal"
            : "better";
    return {
      id,
      rule: group.rule,
      description: group.description,
      size: searchSize + heldOutSize,
      search: { size: searchSize, outcomeMean: searchMean, restMean: searchRest, score: group.score },
      heldOut: { size: comparison.size, restSize: comparison.restSize },
      outcomeMean: comparison.outcomeMean,
      restMean: comparison.restMean,
      difference: comparison.difference,
      direction,
      effectSize: comparison.effectSize,
      test: comparison.test,
      pValue: comparison.test.status === "ok" ? comparison.test.pValue : null,
      pAdjusted: null as number | null,
      significant: false,
      stability: group.stability,
      composition: prepared.protected.map((p) => composition(p, inGroup, split.heldOut, options.minGroup)),
      similar: group.similar,
    } as const;
  });
  const tested = drafts.filter((d) => d.pValue !== null);
  const adjusted = holm(tested.map((d) => d.pValue!));
  const clusters: DiscoveredCluster[] = drafts.map((draft, k) => {
    const at = tested.indexOf(draft);
    const pAdjusted = at >= 0 ? adjusted[at]! : null;
    const withTest = { ...draft, pAdjusted, significant: pAdjusted !== null && pAdjusted < options.alpha };
    const group = groups[k]!;
    const inGroup = (i: number) => group.members[i] === 1;
    const ruleLine: ProfileLine = group.rule
      ? { kind: "rule", text: inBoth((l) => `${l === "nl" ? "Regel" : "Rule"}: ${group.rule!.text[l]}`) }
      : { kind: "rule", text: group.description };
    const profile: ProfileLine[] = [ruleLine, outcomeLine(prepared, withTest, options.alpha)];
    if (withTest.heldOut.size >= options.minGroup && withTest.heldOut.restSize >= options.minGroup) {
      profile.push(
        ...profileDifferences(prepared.features, inGroup, split.heldOut, {
          alpha: options.alpha,
          minGroup: options.minGroup,
          leaveOut: group.rule ? group.rule.conditions.map((c) => c.feature) : [],
        }),
      );
      for (const c of withTest.composition) {
        const line = compositionLine(c);
        if (line) profile.push(line);
      }
    }
    const s = stabilityLine(group.stability);
    if (s) profile.push(s);
    return { ...withTest, profile };
  });
  const assignments = new Array<number>(prepared.totalRows).fill(-1);
  for (let i = 0; i < prepared.totalRows; i++) {
    for (let k = 0; k < groups.length; k++) {
      if (groups[k]!.members[i] === 1) {
        assignments[i] = k;
        break;
      }
    }
  }
  return { clusters, assignments };
}
