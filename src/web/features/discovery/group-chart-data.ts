import type { DiscoveredCluster } from "../../../core/discovery/discovery-result.ts";

/**
 * One group of a discovery run, ready to plot on the outcome's scale (held-out half): the group's
 * mean, the rest's mean, and the interval of the difference placed around the rest's mean (rest +
 * lower … rest + upper), so the line shows where the group's mean could plausibly lie relative to the
 * rest. When the line does not reach the rest's mark, the difference is significant before the
 * correction for the number of groups; `significant` is the Holm-adjusted verdict.
 */
export interface GroupPoint {
  readonly id: number;
  readonly label: string;
  readonly group: number;
  readonly rest: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Significantly worse off after Holm. */
  readonly significant: boolean;
  readonly unstable: boolean;
}

/** The groups whose held-out means are defined, in the report's order; `label` names each. */
export function groupPoints(
  clusters: readonly DiscoveredCluster[],
  binary: boolean,
  label: (cluster: DiscoveredCluster) => string,
): GroupPoint[] {
  const clamp = (x: number) => (binary ? Math.min(1, Math.max(0, x)) : x);
  return clusters.flatMap((c) => {
    if (c.outcomeMean.status !== "ok" || c.restMean.status !== "ok") return [];
    const rest = c.restMean.value;
    const ci = c.difference.status === "ok" && c.difference.ci?.status === "ok" ? c.difference.ci : null;
    return [
      {
        id: c.id,
        label: label(c),
        group: c.outcomeMean.value,
        rest,
        lower: ci ? clamp(rest + ci.lower) : null,
        upper: ci ? clamp(rest + ci.upper) : null,
        significant: c.significant && c.direction === "worse",
        unstable: c.stability.status === "ok" && !c.stability.stable,
      },
    ];
  });
}

/** The x domain: the rates' [0, a little above the highest], or the scores' range with some room. */
export function outcomeDomain(points: readonly GroupPoint[], binary: boolean): [number, number] {
  const values = points.flatMap((p) => [p.group, p.rest, p.lower ?? p.group, p.upper ?? p.group]);
  if (values.length === 0) return binary ? [0, 1] : [0, 1];
  const max = Math.max(...values);
  if (binary) return [0, Math.min(1, Math.max(0.1, max * 1.1))];
  const min = Math.min(...values);
  const pad = (max - min) * 0.1 || 1;
  return [min - pad, max + pad];
}
