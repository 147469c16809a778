import type { ResolvedAuditOptions } from "./audit-report.ts";

export interface AuditOptions {
  /** The protected or monitoring attributes to audit, each on its own. Required, at least one. */
  readonly protected: readonly string[];
  /**
   * Intersections to audit besides each attribute alone: lists of two or more attributes, or "all"
   * for every combination of two or more. Default: none.
   */
  readonly intersections?: readonly (readonly string[])[] | "all";
  /**
   * A named reference value per attribute, e.g. `{ gender: "M" }`. A grouping uses a named reference
   * when every attribute in it has one; otherwise the most-selected group. Default: none.
   */
  readonly reference?: Readonly<Record<string, string>>;
  /** Groups with fewer candidates are suppressed (privacy and stability). Default 5. */
  readonly minGroup?: number;
  /** LL144's optional exclusion of groups under this share of the grouping from impact ratios. Default: none. */
  readonly excludeBelow?: number | null;
  /** Significance level for the adjusted p-values. Default 0.05. */
  readonly alpha?: number;
  /** Confidence level of every interval. Default 0.95. */
  readonly level?: number;
  /** Order of the stages, first to last. Default: by number of rows, largest first (a funnel narrows). */
  readonly stageOrder?: readonly string[] | null;
}

export const DEFAULT_MIN_GROUP = 5;
export const FOUR_FIFTHS = 0.8;

/** Applies defaults in one place and rejects arguments a caller got wrong. */
export function resolveAuditOptions(
  attributes: readonly string[],
  options: AuditOptions,
): ResolvedAuditOptions {
  if (options.protected.length === 0) throw new RangeError("audit requires at least one protected attribute");
  for (const a of options.protected) {
    if (!attributes.includes(a)) throw new RangeError(`audit: unknown attribute ${a}`);
  }
  if (new Set(options.protected).size !== options.protected.length) {
    throw new RangeError("audit: protected attributes must be distinct");
  }
  const minGroup = options.minGroup ?? DEFAULT_MIN_GROUP;
  if (!Number.isInteger(minGroup) || minGroup < 1)
    throw new RangeError(`audit: invalid minGroup ${minGroup}`);
  const excludeBelow = options.excludeBelow ?? null;
  if (excludeBelow !== null && !(excludeBelow > 0 && excludeBelow < 1)) {
    throw new RangeError(`audit: invalid excludeBelow ${excludeBelow}`);
  }
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`audit: invalid alpha ${alpha}`);
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`audit: invalid level ${level}`);
  const reference = options.reference ?? {};
  for (const a of Object.keys(reference)) {
    if (!options.protected.includes(a)) throw new RangeError(`audit: reference names unknown attribute ${a}`);
  }
  return {
    protected: [...options.protected],
    intersections: resolveIntersections(options.protected, options.intersections),
    reference: { ...reference },
    minGroup,
    excludeBelow,
    alpha,
    level,
    stageOrder: options.stageOrder ? [...options.stageOrder] : null,
  };
}

function resolveIntersections(
  protectedAttributes: readonly string[],
  intersections: AuditOptions["intersections"],
): string[][] {
  if (intersections === undefined) return [];
  if (intersections === "all") return allCombinations(protectedAttributes).filter((c) => c.length >= 2);
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const combination of intersections) {
    if (combination.length < 2) throw new RangeError("audit: an intersection needs at least two attributes");
    if (new Set(combination).size !== combination.length) {
      throw new RangeError(`audit: intersection repeats an attribute: ${combination.join(":")}`);
    }
    for (const a of combination) {
      if (!protectedAttributes.includes(a)) {
        throw new RangeError(`audit: intersection attribute ${a} is not a protected attribute`);
      }
    }
    // Keep the order of the protected list so A:B and B:A are the same grouping.
    const ordered = protectedAttributes.filter((a) => combination.includes(a));
    const id = ordered.join("\u0000");
    if (!seen.has(id)) {
      seen.add(id);
      result.push(ordered);
    }
  }
  return result;
}

/** Every non-empty combination, smallest first, in the order of the input. */
export function allCombinations<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let size = 1; size <= items.length; size++) {
    const pick = (start: number, chosen: T[]): void => {
      if (chosen.length === size) {
        result.push([...chosen]);
        return;
      }
      for (let i = start; i < items.length; i++) pick(i + 1, [...chosen, items[i] as T]);
    };
    pick(0, []);
  }
  return result;
}
