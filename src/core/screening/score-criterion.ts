import { describeCondition } from "./describe-condition.ts";
import type { Reading } from "./evaluate-condition.ts";
import { bilingual, formatNumber, type Language, quote } from "./plain-language.ts";
import type { Contribution } from "./screening-result.ts";
import type { Bilingual, Criterion } from "./vacancy.ts";

/** Sentences that do not depend on the candidate's answer, made once per criterion and shared. */
const fixed = new WeakMap<Criterion, { met: Bilingual; missing: Bilingual }>();

function fixedSentences(criterion: Criterion): { met: Bilingual; missing: Bilingual } {
  let texts = fixed.get(criterion);
  if (texts === undefined) {
    const missing: Reading = { status: "missing" };
    const met: Reading = { status: "read", raw: "", fulfilment: 1 };
    texts = {
      met: bilingual((lang) => explain(criterion, met, 1, criterion.weight, lang)),
      missing: bilingual((lang) => explain(criterion, missing, 0, 0, lang)),
    };
    fixed.set(criterion, texts);
  }
  return texts;
}

/** A criterion's points for one candidate, with the sentence that explains them. */
export function scoreCriterion(
  criterion: Criterion,
  kind: Contribution["kind"],
  reading: Reading,
): Contribution {
  const fulfilment = reading.status === "read" ? reading.fulfilment : 0;
  const points = criterion.weight * fulfilment;
  return {
    criterionId: criterion.id,
    label: criterion.label,
    kind,
    weight: criterion.weight,
    fulfilment,
    points,
    met: fulfilment === 1,
    evidence: reading.status === "missing" ? null : reading.raw,
    explanation:
      reading.status === "missing"
        ? fixedSentences(criterion).missing
        : fulfilment === 1
          ? fixedSentences(criterion).met
          : bilingual((lang) => explain(criterion, reading, fulfilment, points, lang)),
  };
}

function explain(c: Criterion, reading: Reading, f: number, points: number, lang: Language): string {
  const nl = lang === "nl";
  const label = quote(c.label[lang]);
  const score = nl
    ? `${formatNumber(points, lang)} van ${formatNumber(c.weight, lang)} punten`
    : `${formatNumber(points, lang)} of ${formatNumber(c.weight, lang)} points`;
  const asked = describeCondition(c.condition, lang);
  if (reading.status === "missing") {
    return nl
      ? `Voor ${label} hebben we geen gegevens, dus telt het als ${score}; een medewerker bekijkt uw sollicitatie.`
      : `We have no information for ${label}, so it counts as ${score}; a person will look at your application.`;
  }
  const answer = `"${reading.raw}"`;
  if (reading.status === "unreadable") {
    return nl
      ? `We konden uw antwoord voor ${label} niet lezen (${answer}; gevraagd: ${asked}), dus telt het als ${score}; een medewerker bekijkt het.`
      : `We could not read your answer for ${label} (${answer}; asked: ${asked}), so it counts as ${score}; a person will look at it.`;
  }
  if (f === 1) return nl ? `U voldoet aan ${label}: ${score}.` : `You meet ${label}: ${score}.`;
  const detail = nl
    ? `(uw antwoord: ${answer}; gevraagd: ${asked})`
    : `(your answer: ${answer}; asked: ${asked})`;
  if (f > 0) {
    return nl
      ? `U voldoet gedeeltelijk aan ${label} ${detail}: ${score}.`
      : `You partly meet ${label} ${detail}: ${score}.`;
  }
  return nl
    ? `U voldoet niet aan ${label} ${detail}: ${score}.`
    : `You do not meet ${label} ${detail}: ${score}.`;
}
