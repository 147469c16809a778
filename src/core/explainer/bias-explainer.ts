import {
  DEFAULT_BIAS_STRENGTH,
  type HiringHistory,
  type HistoryOptions,
  hiringHistory,
} from "./hiring-history.ts";
import { type HistorySummary, historySummary } from "./history-summary.ts";
import { type ModelChoice, modelScore, type ScreeningModel, trainScreeningModel } from "./screening-model.ts";

/**
 * Everything the explainer shows for one set of settings, computed at once: the history and its audit,
 * and the model trained four ways (with or without the protected attribute, with or without the
 * proxies), each with its scores for the new cohort. A threshold then only needs an audit of those
 * scores (threshold-outcome.ts), so moving the slider never retrains.
 */
export interface TrainedVariant {
  readonly model: ScreeningModel;
  /** The model's predicted chance for each applicant of the new cohort, in cohort order. */
  readonly scores: Float64Array;
}

export interface BiasExplainer {
  readonly history: HiringHistory;
  readonly summary: HistorySummary;
  readonly variant: (choice: ModelChoice) => TrainedVariant;
}

/** The settings the explainer opens with: a seed whose figures are typical of the scenario. */
export const EXPLAINER_DEFAULTS = {
  seed: 2026,
  scenario: "gender",
  biasStrength: DEFAULT_BIAS_STRENGTH,
  /** Invite when the predicted chance is at least this. */
  threshold: 0.5,
} as const;

export const MODEL_CHOICES: readonly ModelChoice[] = [
  { useProtected: true, useProxies: true },
  { useProtected: false, useProxies: true },
  { useProtected: true, useProxies: false },
  { useProtected: false, useProxies: false },
];

const choiceKey = (c: ModelChoice) => `${c.useProtected ? "p" : "-"}${c.useProxies ? "x" : "-"}`;

export function explainBias(options: HistoryOptions): BiasExplainer {
  const history = hiringHistory(options);
  const variants = new Map<string, TrainedVariant>();
  for (const choice of MODEL_CHOICES) {
    const model = trainScreeningModel(history.past, choice);
    variants.set(choiceKey(choice), {
      model,
      scores: Float64Array.from(history.cohort, (a) => modelScore(model, a)),
    });
  }
  return {
    history,
    summary: historySummary(history.past),
    variant: (choice) => variants.get(choiceKey(choice)) as TrainedVariant,
  };
}
