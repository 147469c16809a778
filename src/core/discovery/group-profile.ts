import { cohensH } from "../stats/cohens-h.ts";
import { holm } from "../stats/p-adjust.ts";
import { standardizedMeanDifference } from "../stats/standardized-mean-difference.ts";
import { welchTTest } from "../stats/welch-t-test.ts";
import { PROFILE_DIFFERENCES } from "./discovery-options.ts";
import type { ProfileLine } from "./discovery-result.ts";
import { rateTest } from "./held-out-comparison.ts";
import { formatShare, formatValue, inBoth } from "./localized-text.ts";
import type { PreparedFeature } from "./prepare-table.ts";

/**
 * How a group differs from the rest on the features, in plain words, from the held-out half: a Welch
 * test per numeric feature (means), a rate test per category (shares, missing included), Holm over all
 * of the group's tests (the HBAC notebook's "Bonferroni" divided by the number of columns, not of
 * tests; we count the tests). The profile names the strongest significant differences by effect size
 * (Cohen's d or h), or says that there are none. Features in the group's own rule are left out: that
 * the group has long career gaps is its definition, not a finding.
 */
interface Difference {
  readonly feature: string;
  readonly effect: number;
  readonly pValue: number;
  readonly line: ProfileLine;
}

function numericDifference(
  feature: Extract<PreparedFeature, { kind: "numeric" }>,
  inGroup: (row: number) => boolean,
  rows: Int32Array,
): Difference | null {
  const t = [
    { n: 0, sum: 0, squares: 0 },
    { n: 0, sum: 0, squares: 0 },
  ];
  for (const i of rows) {
    const v = feature.values[i]!;
    if (Number.isNaN(v)) continue;
    const s = t[inGroup(i) ? 0 : 1]!;
    s.n++;
    s.sum += v;
    s.squares += v * v;
  }
  const [g, r] = t.map((s) => {
    const mean = s.sum / s.n;
    return { n: s.n, mean, variance: s.n > 1 ? Math.max(0, (s.squares - s.n * mean * mean) / (s.n - 1)) : 0 };
  }) as [{ n: number; mean: number; variance: number }, { n: number; mean: number; variance: number }];
  // A feature missing for everyone in the group (or in the rest) has no mean to compare there.
  if (g.n === 0 || r.n === 0) return null;
  const welch = welchTTest(g, r);
  const smd = standardizedMeanDifference(g, r);
  if (welch.status !== "ok" || smd.status !== "ok") return null;
  const higher = g.mean > r.mean;
  const name = feature.name;
  return {
    feature: name,
    effect: smd.value,
    pValue: welch.pValue,
    line: {
      kind: "difference",
      feature: name,
      text: inBoth((l) =>
        l === "nl"
          ? `Gemiddeld ${higher ? "hogere" : "lagere"} ${name} dan de rest: ${formatValue(l, g.mean)} tegen ${formatValue(l, r.mean)}`
          : `${higher ? "Higher" : "Lower"} ${name} than the rest on average: ${formatValue(l, g.mean)} against ${formatValue(l, r.mean)}`,
      ),
    },
  };
}

function categoryDifferences(
  feature: Extract<PreparedFeature, { kind: "categorical" }>,
  inGroup: (row: number) => boolean,
  rows: Int32Array,
  minGroup: number,
): Difference[] {
  const levels = feature.levels.length;
  const g = new Float64Array(levels + 1);
  const r = new Float64Array(levels + 1);
  let nG = 0;
  let nR = 0;
  for (const i of rows) {
    const c = feature.codes[i]!;
    const code = c === -1 ? levels : c;
    if (inGroup(i)) {
      g[code]!++;
      nG++;
    } else {
      r[code]!++;
      nR++;
    }
  }
  const out: Difference[] = [];
  for (let code = 0; code <= levels; code++) {
    const [a, b] = [g[code]!, r[code]!];
    if (a + b === 0 || (a > 0 && a < minGroup)) continue;
    const test = rateTest(a, nG, b, nR);
    if (test.status !== "ok") continue;
    const [pg, pr] = [a / nG, b / nR];
    const missing = code === levels;
    const what = (l: "en" | "nl") =>
      missing
        ? `${feature.name} ${l === "nl" ? "ontbreekt" : "missing"}`
        : `${feature.name} = ${feature.levels[code]}`;
    out.push({
      feature: feature.name,
      effect: cohensH(pg, pr),
      pValue: test.pValue,
      line: {
        kind: "difference",
        feature: feature.name,
        text: inBoth((l) =>
          l === "nl"
            ? `${pg > pr ? "Vaker" : "Minder vaak"} ${what(l)}: ${formatShare(l, pg)} van deze groep tegen ${formatShare(l, pr)} van de rest`
            : `${pg > pr ? "More often" : "Less often"} ${what(l)}: ${formatShare(l, pg)} of this group against ${formatShare(l, pr)} of the rest`,
        ),
      },
    });
  }
  return out;
}

export function profileDifferences(
  features: readonly PreparedFeature[],
  inGroup: (row: number) => boolean,
  rows: Int32Array,
  settings: { readonly alpha: number; readonly minGroup: number; readonly leaveOut: readonly string[] },
): ProfileLine[] {
  const differences: Difference[] = [];
  for (const f of features) {
    if (settings.leaveOut.includes(f.name)) continue;
    if (f.kind === "numeric") {
      const d = numericDifference(f, inGroup, rows);
      if (d) differences.push(d);
    } else differences.push(...categoryDifferences(f, inGroup, rows, settings.minGroup));
  }
  const adjusted = holm(differences.map((d) => d.pValue));
  const significant = differences
    .filter((_, k) => adjusted[k]! < settings.alpha)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || (a.feature < b.feature ? -1 : 1));
  const lines: ProfileLine[] = [];
  const named = new Set<string>();
  for (const d of significant) {
    if (lines.length >= PROFILE_DIFFERENCES) break;
    // One line per feature: its strongest difference.
    if (named.has(d.feature)) continue;
    named.add(d.feature);
    lines.push(d.line);
  }
  if (lines.length === 0) {
    lines.push({
      kind: "no-difference",
      text: inBoth((l) =>
        l === "nl"
          ? "Verschilt op de andere kenmerken niet significant van de rest (na Holm-correctie)"
          : "Does not differ significantly from the rest on the other features (after Holm correction)",
      ),
    });
  }
  return lines;
}
