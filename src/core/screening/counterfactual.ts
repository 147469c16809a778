import type { KnockoutChecks } from "./check-knockouts.ts";
import { minimalCriteria } from "./minimal-criteria.ts";
import { bilingual, formatNumber, joinList, type Language, quote } from "./plain-language.ts";
import { recommend } from "./recommend.ts";
import type { Contribution, Counterfactual, Recommendation } from "./screening-result.ts";
import type { Bilingual, Vacancy } from "./vacancy.ts";

export interface CounterfactualInput {
  readonly recommendation: Recommendation;
  readonly score: number;
  readonly thresholds: Vacancy["thresholds"];
  readonly knockouts: KnockoutChecks;
  readonly contributions: readonly Contribution[];
  readonly atypical: boolean;
}

const names = (labels: readonly Bilingual[], lang: Language) =>
  joinList(
    labels.map((l) => quote(l[lang])),
    lang,
  );

/**
 * What would have changed the outcome (PRODUCT.md 1c), as the fewest changes: for a knock-out, the
 * failed rules (and, only if the score would still be recommended for rejection, the fewest criteria
 * to reach review); otherwise the fewest criteria to reach the advance threshold (or review, when
 * advance is out of reach), plus any knock-out rule that could not be checked.
 */
export function counterfactual(input: CounterfactualInput): Counterfactual {
  const { recommendation, score, thresholds, knockouts, contributions, atypical } = input;
  if (recommendation === "advance") return null;
  const labelOf = new Map(contributions.map((c) => [c.criterionId, c.label]));
  const criterionLabels = (ids: readonly string[]) => ids.map((id) => labelOf.get(id)!);
  if (knockouts.failed.length > 0) {
    const rules = knockouts.failed.map((f) => f.rule);
    const after = recommend(score, thresholds, {
      failedKnockout: false,
      unknownKnockout: knockouts.unknown.length > 0,
      atypical,
    });
    const extra = after === "reject" ? minimalCriteria(contributions, thresholds.review) : null;
    const outcome = after === "advance" ? "advance" : "review";
    return {
      outcome,
      criteria: [...rules.map((r) => r.id), ...(extra?.ids ?? [])],
      reachable: extra?.reachable ?? true,
      explanation: bilingual((lang) => {
        const nl = lang === "nl";
        const ko = names(
          rules.map((r) => r.label),
          lang,
        );
        if (extra === null) {
          const then =
            outcome === "advance"
              ? nl
                ? "was uw sollicitatie met uw score aanbevolen om door te gaan"
                : "your application would, with your score, have been recommended to advance"
              : nl
                ? "had een medewerker uw sollicitatie beoordeeld"
                : "a person would have assessed your application";
          return nl ? `Als u had voldaan aan ${ko}, ${then}.` : `If you had met ${ko}, ${then}.`;
        }
        const c = names(criterionLabels(extra.ids), lang);
        if (!extra.reachable) {
          return nl
            ? `Ook als u had voldaan aan ${ko} en volledig aan alle criteria, was de drempel voor beoordeling niet bereikt.`
            : `Even if you had met ${ko} and every criterion in full, the score would not have reached the review threshold.`;
        }
        return nl
          ? `Als u had voldaan aan ${ko} en ook volledig aan ${c}, was uw sollicitatie aanbevolen voor beoordeling door een medewerker.`
          : `If you had met ${ko} and also fully met ${c}, your application would have been recommended for review by a person.`;
      }),
    };
  }
  const unknown = knockouts.unknown.map((u) => u.rule);
  const toAdvance = minimalCriteria(contributions, thresholds.advance);
  const outcome = toAdvance.reachable ? "advance" : "review";
  const found = toAdvance.reachable ? toAdvance : minimalCriteria(contributions, thresholds.review);
  const target = outcome === "advance" ? thresholds.advance : thresholds.review;
  return {
    outcome,
    criteria: [...unknown.map((r) => r.id), ...found.ids],
    reachable: found.reachable,
    explanation: bilingual((lang) => {
      const nl = lang === "nl";
      const pts = formatNumber(target, lang);
      const c = names(criterionLabels(found.ids), lang);
      if (!found.reachable) {
        return nl
          ? `Ook met alle criteria volledig gehaald was de drempel van ${pts} punten niet bereikt.`
          : `Even meeting every criterion in full would not have reached the threshold of ${pts} points.`;
      }
      const goal =
        outcome === "advance"
          ? nl
            ? `de drempel om door te gaan (${pts} punten)`
            : `the threshold to advance (${pts} points)`
          : nl
            ? `de drempel voor beoordeling (${pts} punten; doorgaan is met deze criteria niet haalbaar)`
            : `the review threshold (${pts} points; advancing is out of reach with these criteria)`;
      if (unknown.length > 0) {
        const u = names(
          unknown.map((r) => r.label),
          lang,
        );
        const also =
          found.ids.length > 0
            ? nl
              ? `, en u volledig had voldaan aan ${c}`
              : `, and you had fully met ${c}`
            : "";
        return nl
          ? `Als de gegevens voor ${u} beschikbaar en leesbaar waren geweest en eraan voldeden${also}, had uw sollicitatie ${goal} gehaald.`
          : `If the information for ${u} had been available, readable and met${also}, your application would have reached ${goal}.`;
      }
      return nl
        ? `Als u volledig had voldaan aan ${c}, had uw score ${goal} gehaald.`
        : `If you had fully met ${c}, your score would have reached ${goal}.`;
    }),
  };
}
