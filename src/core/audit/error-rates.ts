import type { ErrorRateName, ErrorRates } from "./audit-report.ts";
import type { LabelCounts } from "./decision-cells.ts";
import { type Figure, figure, undefinedFigure } from "./figure.ts";

/**
 * Error rates of the decision against the ground truth, per group (as Aequitas' group metrics), with
 * "undefined" instead of NaN or 0 when a denominator is empty, and also when it is below the minimum
 * group size, since a rate over two people says nothing and tells too much.
 */
export function errorRates(
  counts: LabelCounts,
  reference: LabelCounts | undefined,
  options: { readonly minGroup: number; readonly isReference: boolean },
): ErrorRates {
  const rates = ratesOf(counts, options.minGroup);
  const referenceRates = reference ? ratesOf(reference, options.minGroup) : undefined;
  const ratios = {} as Record<ErrorRateName, Figure>;
  for (const name of ERROR_RATE_NAMES) {
    const own = rates[name];
    const ref = referenceRates?.[name];
    if (options.isReference) ratios[name] = undefinedFigure("this is the reference group");
    else if (!ref) ratios[name] = undefinedFigure("no reference group");
    else if (own.status !== "ok") ratios[name] = undefinedFigure(own.reason);
    else if (ref.status !== "ok") ratios[name] = undefinedFigure(`reference: ${ref.reason}`);
    else if (ref.value === 0) ratios[name] = undefinedFigure("the reference group's rate is 0");
    else ratios[name] = figure(own.value / ref.value);
  }
  return { labelled: counts.tp + counts.fp + counts.tn + counts.fn, rates, ratios };
}

export const ERROR_RATE_NAMES: readonly ErrorRateName[] = [
  "tpr",
  "fpr",
  "fnr",
  "ppv",
  "fdr",
  "for",
  "npv",
  "accuracy",
];

function ratesOf(c: LabelCounts, minGroup: number): Record<ErrorRateName, Figure> {
  const rate = (numerator: number, denominator: number, who: string): Figure => {
    if (denominator === 0) return undefinedFigure(`no ${who}`);
    if (denominator < minGroup) return undefinedFigure(`fewer than ${minGroup} ${who}`);
    return figure(numerator / denominator);
  };
  const positives = "candidates with a positive label";
  const negatives = "candidates with a negative label";
  const chosen = "selected candidates";
  const rejected = "rejected candidates";
  return {
    tpr: rate(c.tp, c.tp + c.fn, positives),
    fpr: rate(c.fp, c.fp + c.tn, negatives),
    fnr: rate(c.fn, c.fn + c.tp, positives),
    ppv: rate(c.tp, c.tp + c.fp, chosen),
    fdr: rate(c.fp, c.tp + c.fp, chosen),
    for: rate(c.fn, c.fn + c.tn, rejected),
    npv: rate(c.tn, c.tn + c.fn, rejected),
    accuracy: rate(c.tp + c.tn, c.tp + c.fp + c.tn + c.fn, "labelled candidates"),
  };
}
