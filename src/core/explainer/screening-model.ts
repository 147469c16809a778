import type { Applicant, PastApplicant } from "./hiring-history.ts";
import { fitLogistic, sigmoid } from "./logistic-regression.ts";

/**
 * The explainer's screening model: a logistic regression trained to repeat the past decisions, the
 * simplest model a vendor could sell and one whose every weight can be read. Trained with or without
 * the protected attribute and with or without the proxies, to show what leaving a column out does
 * (and does not) do.
 */
export type ModelFeature = "testScore" | "experience" | "protectedGroup" | "proxyA" | "proxyB";

export interface ModelChoice {
  /** Give the model the protected attribute itself. */
  readonly useProtected: boolean;
  /** Give the model the two proxy features. */
  readonly useProxies: boolean;
}

export interface ScreeningModel extends ModelChoice {
  readonly features: readonly ModelFeature[];
  /** Log-odds at zero on every feature. */
  readonly intercept: number;
  /** Change in log-odds per unit of each feature (per test point, per year, yes vs no), in `features` order. */
  readonly coefficients: readonly number[];
  readonly converged: boolean;
}

export const featureValue = (a: Applicant, f: ModelFeature): number =>
  f === "testScore" ? a.testScore : f === "experience" ? a.experience : a[f] ? 1 : 0;

export function modelFeatures(choice: ModelChoice): ModelFeature[] {
  return [
    "testScore",
    "experience",
    ...(choice.useProtected ? (["protectedGroup"] as const) : []),
    ...(choice.useProxies ? (["proxyA", "proxyB"] as const) : []),
  ];
}

/**
 * A tiny ridge penalty on the standardised coefficients: it changes nothing visible, but keeps the fit
 * finite should a seed ever give perfectly separated decisions.
 */
const RIDGE = 1e-3;

/**
 * Trains on the past decisions. Features are standardised for the fit (so the ridge treats them alike
 * and the Newton steps are well conditioned) and the coefficients turned back into natural units.
 */
export function trainScreeningModel(past: readonly PastApplicant[], choice: ModelChoice): ScreeningModel {
  const features = modelFeatures(choice);
  const columns = features.map((f) => past.map((a) => featureValue(a, f)));
  const means = columns.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
  const sds = columns.map((c, j) => {
    const m = means[j] as number;
    const sd = Math.sqrt(c.reduce((s, v) => s + (v - m) ** 2, 0) / c.length);
    return sd > 0 ? sd : 1;
  });
  const x = past.map((_, i) =>
    columns.map((c, j) => ((c[i] as number) - (means[j] as number)) / (sds[j] as number)),
  );
  const fit = fitLogistic(
    x,
    past.map((a) => a.hired),
    { l2: RIDGE },
  );
  const coefficients = fit.coefficients.map((b, j) => b / (sds[j] as number));
  const intercept = fit.intercept - coefficients.reduce((s, b, j) => s + b * (means[j] as number), 0);
  return { ...choice, features, intercept, coefficients, converged: fit.converged };
}

/** The model's log-odds for an applicant. */
export function modelLogOdds(model: ScreeningModel, a: Applicant): number {
  return model.features.reduce(
    (z, f, j) => z + (model.coefficients[j] as number) * featureValue(a, f),
    model.intercept,
  );
}

/** The model's predicted chance that the applicant would have been hired, 0–1. */
export const modelScore = (model: ScreeningModel, a: Applicant): number => sigmoid(modelLogOdds(model, a));

/** Scorecard points that double the odds (the usual "points to double the odds" of a credit scorecard). */
export const POINTS_TO_DOUBLE_ODDS = 20;
const POINTS_PER_LOG_ODDS = POINTS_TO_DOUBLE_ODDS / Math.LN2;

export interface ScorecardLine {
  readonly feature: ModelFeature;
  /** Points per unit (per test point, per year) or for "yes" (a yes/no feature). */
  readonly points: number;
  /** The same as an odds ratio: how the odds of being invited change per unit. */
  readonly oddsRatio: number;
}

export interface Scorecard {
  /** Points everyone starts with (at zero on every feature). */
  readonly base: number;
  readonly lines: readonly ScorecardLine[];
}

/** The model as a scorecard: points per feature; the total maps back to the chance by `pointsToScore`. */
export function scorecard(model: ScreeningModel): Scorecard {
  return {
    base: model.intercept * POINTS_PER_LOG_ODDS,
    lines: model.features.map((feature, j) => ({
      feature,
      points: (model.coefficients[j] as number) * POINTS_PER_LOG_ODDS,
      oddsRatio: Math.exp(model.coefficients[j] as number),
    })),
  };
}

/** A scorecard total as the chance it stands for. */
export const pointsToScore = (points: number): number => sigmoid(points / POINTS_PER_LOG_ODDS);
/** A chance (0–1, exclusive) as scorecard points. */
export const scoreToPoints = (score: number): number => Math.log(score / (1 - score)) * POINTS_PER_LOG_ODDS;
