import { conditionProblems } from "./condition-problems.ts";
import { protectedFieldProblem, proxyProblems } from "./fairness-problems.ts";
import type { Condition, Vacancy } from "./vacancy.ts";
import { problem, type VacancyCheck, type VacancyProblem } from "./vacancy-problem.ts";

export type { VacancyCheck, VacancyProblem } from "./vacancy-problem.ts";

interface Rule {
  readonly id: string;
  readonly condition: Condition;
  readonly weight?: number;
}

/**
 * Checks a vacancy before screening (PRODUCT.md 1c). Errors refuse it: a rule on a protected
 * characteristic (direct discrimination), weights that are not positive, thresholds that cannot work,
 * duplicate ids, conditions no one can meet. Warnings allow it with an explanation: known proxies that
 * can amount to indirect discrimination.
 */
export function checkVacancy(vacancy: Vacancy): VacancyCheck {
  const errors: VacancyProblem[] = [];
  const warnings: VacancyProblem[] = [];
  if (vacancy.schema !== "aware.vacancy/1") {
    errors.push(
      problem("schema", "schema", {
        en: "This is not a vacancy in the format 'aware.vacancy/1'.",
        nl: "Dit is geen vacature in het formaat 'aware.vacancy/1'.",
      }),
    );
  }
  const groups: [string, readonly Rule[]][] = [
    ["knockouts", vacancy.knockouts],
    ["criteria", vacancy.criteria],
    ["niceToHaves", vacancy.niceToHaves],
  ];
  const seen = new Set<string>();
  for (const [group, rules] of groups) {
    rules.forEach((rule, i) => {
      const path = `${group}[${i}]`;
      if (seen.has(rule.id)) {
        errors.push(
          problem("duplicate-id", `${path}.id`, {
            en: `The id '${rule.id}' is used twice; every rule and criterion needs its own id so explanations can name it.`,
            nl: `Het id '${rule.id}' komt twee keer voor; elke regel en elk criterium heeft een eigen id nodig zodat uitleg ernaar kan verwijzen.`,
          }),
        );
      }
      seen.add(rule.id);
      if (
        group !== "knockouts" &&
        !(typeof rule.weight === "number" && rule.weight > 0 && rule.weight < Infinity)
      ) {
        errors.push(
          problem("non-positive-weight", `${path}.weight`, {
            en: "The weight must be a number above 0: it is the number of points for meeting this criterion in full.",
            nl: "Het gewicht moet een getal boven 0 zijn: het is het aantal punten voor volledig voldoen aan dit criterium.",
          }),
        );
      }
      errors.push(...conditionProblems(rule.condition, `${path}.condition`));
      const field = String(rule.condition.field);
      const refused = protectedFieldProblem(field, `${path}.condition.field`, vacancy.protectedColumns);
      if (refused) errors.push(refused);
      else warnings.push(...proxyProblems(rule.condition, `${path}.condition`));
      if (group === "knockouts" && rule.condition.kind === "scale") {
        warnings.push(
          problem("scale-knockout", `${path}.condition`, {
            en: "A knock-out rule on a scale is met only at the top of the scale ('to'); 'atLeast' says this more plainly.",
            nl: "Een knock-outregel op een schaal is alleen gehaald aan de top van de schaal ('to'); 'atLeast' zegt dat duidelijker.",
          }),
        );
      }
    });
  }
  errors.push(...thresholdProblems(vacancy));
  errors.push(...profileProblems(vacancy));
  return { errors, warnings };
}

function thresholdProblems(vacancy: Vacancy): VacancyProblem[] {
  const { advance, review } = vacancy.thresholds;
  const max = [...vacancy.criteria, ...vacancy.niceToHaves].reduce((s, c) => s + c.weight, 0);
  if (!Number.isFinite(advance) || !Number.isFinite(review)) {
    return [
      problem("not-a-number", "thresholds", {
        en: "Both thresholds must be numbers of points.",
        nl: "Beide drempels moeten een aantal punten zijn.",
      }),
    ];
  }
  const out: VacancyProblem[] = [];
  if (review > advance) {
    out.push(
      problem("threshold-order", "thresholds.review", {
        en: `The review threshold (${review}) is above the advance threshold (${advance}); it must be at or below it.`,
        nl: `De drempel voor beoordeling (${review}) ligt boven de drempel om door te gaan (${advance}); hij moet gelijk of lager zijn.`,
      }),
    );
  }
  if (advance > max) {
    out.push(
      problem("threshold-unreachable", "thresholds.advance", {
        en: `The advance threshold (${advance}) is above the highest possible score (${max}), so no one could advance.`,
        nl: `De drempel om door te gaan (${advance}) ligt boven de hoogst mogelijke score (${max}), dus niemand kan door.`,
      }),
    );
  }
  return out;
}

/** Profile fields feed only the review routing, but a protected column must not be read even there. */
function profileProblems(vacancy: Vacancy): VacancyProblem[] {
  const p = vacancy.profileFields ?? {};
  const out: VacancyProblem[] = [];
  for (const key of ["careerGapMonths", "diplomaCountry"] as const) {
    const field = p[key];
    if (field === undefined) continue;
    const refused = protectedFieldProblem(field, `profileFields.${key}`, vacancy.protectedColumns);
    if (refused) out.push(refused);
  }
  if (p.maxGapMonths !== undefined && !(p.maxGapMonths >= 0 && Number.isFinite(p.maxGapMonths))) {
    out.push(
      problem("not-a-number", "profileFields.maxGapMonths", {
        en: "The longest career gap before a person looks must be a number of months, 0 or more.",
        nl: "De langste loopbaanonderbreking voordat een medewerker kijkt moet een aantal maanden zijn, 0 of meer.",
      }),
    );
  }
  return out;
}
