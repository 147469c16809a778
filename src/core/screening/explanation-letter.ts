import { escapeHtml as e } from "../report/escape-html.ts";
import { formatNumber, type Language } from "./plain-language.ts";
import type { Contribution, ScreeningResult } from "./screening-result.ts";
import type { Vacancy } from "./vacancy.ts";

export interface LetterOptions {
  readonly language: Language;
  /** The employer, named as sender and as the place to ask questions or object. */
  readonly organisation: string;
  /** Used in the greeting; a neutral greeting without it (no gendered "Dear Sir/Madam"). */
  readonly candidateName?: string;
}

/**
 * A self-contained, accessible HTML letter explaining one screening result to the candidate: the
 * outcome, a table of what counted, the knock-out rule and its published reason, what would have
 * changed the outcome, that a person reviews every decision except a published knock-out, how to ask
 * questions or object, and the right to an explanation (EU AI Act art. 86; GDPR art. 15(1)(h) and 22;
 * CJEU C-203/22 Dun & Bradstreet Austria, 27 February 2025). Every value is escaped.
 */
export function explanationLetter(vacancy: Vacancy, result: ScreeningResult, options: LetterOptions): string {
  const lang = options.language;
  const nl = lang === "nl";
  const t = (dutch: string, english: string) => (nl ? dutch : english);
  const org = e(options.organisation);
  const title = e(vacancy.title[lang]);
  const greeting = options.candidateName?.trim()
    ? `${t("Beste", "Dear")} ${e(options.candidateName.trim())},`
    : t("Beste kandidaat,", "Dear candidate,");
  const ko = result.knockout;
  const section = (heading: string, body: string) => `<section>\n<h2>${heading}</h2>\n${body}\n</section>`;
  const parts = [
    `<header><p>${org}</p><h1>${t("Uitleg over uw sollicitatie", "Explanation of your application")}: ${title}</h1></header>`,
    `<p>${greeting}</p>`,
    `<p>${t(
      `${org} gebruikt een screeningsysteem dat sollicitaties toetst aan de eisen en criteria die bij de vacature zijn gepubliceerd. In deze brief leest u hoe uw sollicitatie is beoordeeld en wat u kunt doen als u het er niet mee eens bent.`,
      `${org} uses a screening system that checks applications against the requirements and criteria published with the vacancy. This letter explains how your application was assessed and what you can do if you disagree.`,
    )}</p>`,
    section(t("Uitkomst", "Outcome"), `<p>${e(result.explanation[lang])}</p>`),
    ko
      ? section(
          t("Gepubliceerde eis waaraan u niet voldoet", "Published requirement you do not meet"),
          `<dl>\n<dt>${t("Eis", "Requirement")}</dt><dd>${e(ko.label[lang])}</dd>\n<dt>${t("Waarom de functie dit vraagt", "Why the job needs it")}</dt><dd>${e(ko.reason[lang])}</dd>\n<dt>${t("Uw antwoord", "Your answer")}</dt><dd>${e(ko.evidence)}</dd>\n</dl>`,
        )
      : "",
    result.knockoutsUnknown.length > 0
      ? `<p>${t(
          "Een of meer eisen konden we niet controleren omdat gegevens ontbraken of onleesbaar waren; dat is nooit een reden voor afwijzing. Een medewerker neemt contact met u op.",
          "We could not check one or more requirements because information was missing or unreadable; that is never a reason for rejection. A person will contact you.",
        )}</p>`
      : "",
    section(t("Hoe uw score is opgebouwd", "How your score was made up"), table(result, lang)),
    section(
      t("Wat de uitkomst had veranderd", "What would have changed the outcome"),
      `<p>${e(result.counterfactual?.explanation[lang] ?? t("U gaat door naar de volgende ronde; hier verandert niets aan.", "You go on to the next round; nothing needed to change."))}</p>`,
    ),
    result.atypical.flagged
      ? section(
          t("Waarom een medewerker meekijkt", "Why a person looks at your application"),
          `<ul>\n${result.atypical.reasons.map((r) => `<li>${e(r.message[lang])}</li>`).join("\n")}\n</ul>`,
        )
      : "",
    section(
      t("Een mens beslist", "A person decides"),
      `<p>${t(
        "De uitkomst van het systeem is een advies. Een medewerker bekijkt elke beslissing en neemt die zelf, behalve een afwijzing op een gepubliceerde knock-outeis; ook die kunt u door een medewerker laten nakijken.",
        "The system's outcome is a recommendation. A person reviews and takes every decision, except a rejection by a published knock-out requirement; you can ask a person to check that too.",
      )}</p>`,
    ),
    section(
      t("Vragen of bezwaar", "Questions or objections"),
      `<p>${t(
        `Heeft u vragen, klopt een gegeven niet, of bent u het niet eens met de uitkomst? Reageer op deze brief of neem contact op met ${org}. U kunt bezwaar maken, gegevens aanvullen of verbeteren en vragen om een nieuwe beoordeling door een medewerker.`,
        `Do you have questions, is some information wrong, or do you disagree with the outcome? Reply to this letter or contact ${org}. You can object, add or correct information, and ask for a new assessment by a person.`,
      )}</p>`,
    ),
    section(
      t("Uw recht op uitleg", "Your right to an explanation"),
      `<p>${t(
        "U heeft recht op een duidelijke uitleg van de rol van het systeem in de beslissing en van de belangrijkste onderdelen ervan (EU AI-verordening art. 86), op betekenisvolle informatie over de gebruikte logica en op menselijke tussenkomst bij geautomatiseerde besluiten (AVG art. 15 lid 1 onder h en art. 22). Volgens het Hof van Justitie van de EU moet die uitleg de “procedure en beginselen die daadwerkelijk zijn toegepast” beschrijven (arrest C-203/22, Dun &amp; Bradstreet Austria, 27 februari 2025). Deze brief is die uitleg; vraagt u meer, dan geven wij die.",
        "You have the right to a clear explanation of the system's role in the decision and of its main elements (EU AI Act art. 86), to meaningful information about the logic involved and to human intervention in automated decisions (GDPR art. 15(1)(h) and art. 22). The Court of Justice of the EU holds that this explanation must describe the “procedure and principles actually applied” (judgment C-203/22, Dun &amp; Bradstreet Austria, 27 February 2025). This letter is that explanation; if you ask for more, we will give it.",
      )}</p>`,
    ),
    `<p>${t("Met vriendelijke groet,", "Kind regards,")}<br>${org}</p>`,
  ];
  const styles =
    "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.4rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600}";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("Uitleg over uw sollicitatie", "Explanation of your application")}: ${title}</title>
<style>${styles}</style>
</head>
<body>
<main>
${parts.filter((p) => p !== "").join("\n")}
</main>
</body>
</html>
`;
}

function table(result: ScreeningResult, lang: Language): string {
  const nl = lang === "nl";
  const n = (x: number) => formatNumber(x, lang);
  const status = (c: Contribution): string => {
    if (c.evidence === null) return nl ? "geen gegevens" : "no information";
    if (c.met) return nl ? "voldaan" : "met";
    if (c.points > 0) return nl ? "gedeeltelijk" : "partly met";
    return nl ? "niet voldaan" : "not met";
  };
  const rows = result.contributions.map(
    (c) =>
      `<tr><th scope="row">${e(c.label[lang])}${c.kind === "niceToHave" ? ` <small>(${nl ? "pluspunt" : "nice to have"})</small>` : ""}</th><td>${e(c.evidence ?? "—")}</td><td>${e(status(c))}</td><td>${e(`${n(c.points)} ${nl ? "van" : "of"} ${n(c.weight)}`)}</td><td>${e(c.explanation[lang])}</td></tr>`,
  );
  const head = nl
    ? ["Criterium", "Uw gegevens", "Resultaat", "Punten", "Toelichting"]
    : ["Criterion", "Your information", "Result", "Points", "Explanation"];
  return `<table>
<caption>${nl ? "Punten per criterium" : "Points per criterion"}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
<tfoot><tr><th scope="row">${nl ? "Totaal" : "Total"}</th><td colspan="2"></td><td>${e(`${n(result.score)} ${nl ? "van" : "of"} ${n(result.maxScore)}`)}</td><td></td></tr></tfoot>
</table>`;
}
