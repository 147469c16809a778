import { atypicalReasons } from "./atypical-reasons.ts";
import { type CandidateView, candidateView } from "./candidate-view.ts";
import { checkKnockouts } from "./check-knockouts.ts";
import { checkVacancy } from "./check-vacancy.ts";
import { counterfactual } from "./counterfactual.ts";
import { evaluateCondition } from "./evaluate-condition.ts";
import { explainResult } from "./explain-result.ts";
import { recommend } from "./recommend.ts";
import { scoreCriterion } from "./score-criterion.ts";
import { screeningPopulation } from "./screening-population.ts";
import type { ScreeningResult } from "./screening-result.ts";
import type { Candidate, Vacancy } from "./vacancy.ts";

export type {
  AtypicalReason,
  Contribution,
  Counterfactual,
  KnockoutOutcome,
  Recommendation,
  ScreeningResult,
} from "./screening-result.ts";

/** Reserved: explanations always come in both languages. */
export interface ScreenOptions {
  readonly language?: never;
}

/**
 * Screens candidates against a vacancy (PRODUCT.md 1c): published knock-out rules, weighted criteria,
 * a recommendation a person decides on, an explanation for every candidate, and atypical profiles
 * routed to a person. Protected columns are removed from every candidate before anything else reads
 * them. Pure and deterministic: each candidate's result is the same in any order of the candidates
 * (the outlier and rare-combination statistics are over the whole set). Throws a TypeError for a
 * vacancy with errors: adapters call `checkVacancy` first and report them.
 */
export function screenCandidates(
  vacancy: Vacancy,
  candidates: readonly Candidate[],
  options: ScreenOptions = {},
): ScreeningResult[] {
  return [...screenCandidatesOneByOne(vacancy, candidates, options)];
}

/**
 * The same results, one candidate at a time, for large runs: the statistics over all candidates
 * (outliers, rare combinations) come from a first, light pass of readings and met criteria; then each
 * result, with its explanations, is made when it is asked for, so a writer can stream a hundred
 * thousand of them without holding them all.
 */
export function* screenCandidatesOneByOne(
  vacancy: Vacancy,
  candidates: readonly Candidate[],
  _options: ScreenOptions = {},
): Generator<ScreeningResult> {
  const { errors } = checkVacancy(vacancy);
  if (errors.length > 0) {
    throw new TypeError(`vacancy has errors: ${errors.map((e) => `${e.code} at ${e.path}`).join("; ")}`);
  }
  const views: CandidateView[] = candidates.map((c) => candidateView(c, vacancy.protectedColumns));
  const all = [
    ...vacancy.criteria.map((criterion) => ({ criterion, kind: "criterion" as const })),
    ...vacancy.niceToHaves.map((criterion) => ({ criterion, kind: "niceToHave" as const })),
  ];
  // First, light pass: only which criteria each candidate fully meets (for rare combinations); the
  // readings are made again per candidate below rather than kept for everyone.
  const population = screeningPopulation(
    all.map((a) => a.criterion),
    views,
    (function* () {
      for (const view of views) {
        yield all.map(({ criterion }) => {
          const reading = evaluateCondition(criterion.condition, view);
          return { criterionId: criterion.id, met: reading.status === "read" && reading.fulfilment === 1 };
        });
      }
    })(),
  );
  const maxScore = all.reduce((s, a) => s + a.criterion.weight, 0);
  for (let i = 0; i < views.length; i++) {
    const view = views[i]!;
    const scored = all.map(({ criterion, kind }) => {
      const reading = evaluateCondition(criterion.condition, view);
      return { criterion, reading, contribution: scoreCriterion(criterion, kind, reading) };
    });
    const contributions = scored.map((s) => s.contribution);
    const score = contributions.reduce((s, c) => s + c.points, 0);
    const knockouts = checkKnockouts(vacancy.knockouts, view);
    const reasons = atypicalReasons({
      vacancy,
      candidate: view,
      knockouts,
      scored,
      contributions,
      population,
    });
    const atypical = reasons.length > 0;
    const recommendation = recommend(score, vacancy.thresholds, {
      failedKnockout: knockouts.failed.length > 0,
      unknownKnockout: knockouts.unknown.length > 0,
      atypical,
    });
    const first = knockouts.failed[0];
    const result = {
      id: view.id,
      score,
      maxScore,
      recommendation,
      // Automatic only when a knock-out fails for a typical profile; an atypical one goes to a person.
      automatic: first !== undefined && !atypical,
      knockout: first
        ? { id: first.rule.id, label: first.rule.label, reason: first.rule.reason, evidence: first.evidence }
        : null,
      knockoutsUnknown: knockouts.unknown.map((u) => u.rule.id),
      contributions,
      atypical: { flagged: atypical, reasons },
      counterfactual: counterfactual({
        recommendation,
        score,
        thresholds: vacancy.thresholds,
        knockouts,
        contributions,
        atypical,
      }),
    };
    yield { ...result, explanation: explainResult(vacancy, result) };
  }
}
