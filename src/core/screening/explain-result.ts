import { bilingual, formatNumber, joinList, type Language, quote } from "./plain-language.ts";
import type { Contribution, ScreeningResult } from "./screening-result.ts";
import type { Bilingual, Vacancy } from "./vacancy.ts";

/** How many strongest and missed points the explanation names: enough to act on, short enough to read. */
const NAMED = 3;

type Explained = Omit<ScreeningResult, "explanation">;

/**
 * The overall explanation for the candidate, in plain language (GDPR art. 15(1)(h) and CJEU C-203/22:
 * "the procedure and principles actually applied"): the outcome and what it means, the score, the
 * strongest and missed points, what would have changed the outcome, and why a person looks.
 */
export function explainResult(vacancy: Vacancy, r: Explained): Bilingual {
  const ranked = r.contributions.map((c, i) => ({ c, i, lost: c.weight - c.points }));
  const top = ranked
    .filter((x) => x.c.points > 0)
    .sort((a, b) => b.c.points - a.c.points || a.i - b.i)
    .slice(0, NAMED)
    .map((x) => x.c);
  const lost = ranked
    .filter((x) => x.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.i - b.i)
    .slice(0, NAMED)
    .map((x) => x.c);
  return bilingual((lang) =>
    [
      outcome(r, lang),
      scoreLine(vacancy, r, lang),
      strongest(top, lang),
      missed(lost, lang),
      r.counterfactual?.explanation[lang] ?? "",
      ...r.atypical.reasons.map((a) => a.message[lang]),
    ]
      .filter((s) => s !== "")
      .join(" "),
  );
}

/** A sentence ends with a full stop (or ! or ?). Module-level: it runs for every candidate. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function outcome(r: Explained, lang: Language): string {
  const nl = lang === "nl";
  if (r.knockout) {
    const k = r.knockout;
    return nl
      ? `Uw sollicitatie voldoet niet aan de gepubliceerde eis ${quote(k.label.nl)} (uw antwoord: "${k.evidence}"). Waarom de functie dit vraagt: ${sentence(k.reason.nl)} ${r.automatic ? "Omdat deze regel bij de vacature is gepubliceerd, is dit een automatische afwijzing; u kunt vragen stellen of bezwaar maken." : "Omdat uw profiel afwijkt van het gebruikelijke (zie hieronder), wijst het systeem u niet automatisch af: een medewerker bekijkt uw sollicitatie eerst."}`
      : `Your application does not meet the published requirement ${quote(k.label.en)} (your answer: "${k.evidence}"). Why the job needs it: ${sentence(k.reason.en)} ${r.automatic ? "Because this rule was published with the vacancy, this is an automatic rejection; you can ask questions or object." : "Because your profile is not a usual one (see below), the system does not reject you automatically: a person looks at your application first."}`;
  }
  switch (r.recommendation) {
    case "advance":
      return nl
        ? "Advies: uitnodigen voor de volgende ronde. Dit is een advies: een medewerker neemt het besluit."
        : "Recommendation: invite to the next round. This is a recommendation: a person makes the decision.";
    case "review":
      return nl
        ? "Advies: een medewerker bekijkt uw sollicitatie uitgebreid voordat er iets wordt besloten."
        : "Recommendation: a person looks at your application in detail before anything is decided.";
    case "reject":
      return nl
        ? "Advies: niet verder gaan met uw sollicitatie. Dit is alleen een advies: een medewerker bekijkt het en neemt het besluit."
        : "Recommendation: not to continue with your application. This is only a recommendation: a person reviews it and makes the decision.";
  }
}

function scoreLine(vacancy: Vacancy, r: Explained, lang: Language): string {
  const { advance, review } = vacancy.thresholds;
  const [score, max, from, reviewFrom] = [r.score, r.maxScore, advance, review].map((x) =>
    formatNumber(x, lang),
  );
  return lang === "nl"
    ? `Uw score is ${score} van ${max} punten (doorgaan vanaf ${from}, beoordeling vanaf ${reviewFrom}).`
    : `Your score is ${score} of ${max} points (advance from ${from}, review from ${reviewFrom}).`;
}

function strongest(top: readonly Contribution[], lang: Language): string {
  const nl = lang === "nl";
  if (top.length === 0)
    return nl ? "U behaalde op geen enkel criterium punten." : "No criterion earned points.";
  const items = top.map(
    (c) => `${quote(c.label[lang])} (${formatNumber(c.points, lang)} ${nl ? "punten" : "points"})`,
  );
  return nl
    ? `Uw sterkste punten: ${joinList(items, lang)}.`
    : `Your strongest points: ${joinList(items, lang)}.`;
}

function missed(lost: readonly Contribution[], lang: Language): string {
  const nl = lang === "nl";
  if (lost.length === 0)
    return nl ? "U voldoet volledig aan alle criteria." : "You meet every criterion in full.";
  const items = lost.map(
    (c) =>
      `${quote(c.label[lang])} (${formatNumber(c.points, lang)} ${nl ? "van" : "of"} ${formatNumber(c.weight, lang)})`,
  );
  return nl ? `Gemiste punten: ${joinList(items, lang)}.` : `Points you missed: ${joinList(items, lang)}.`;
}
