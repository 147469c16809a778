import type { DocumentBody, DocumentContent, DocumentSection } from "../report/document-content.ts";
import { formatNumber, type Language } from "./plain-language.ts";
import type { Contribution, ScreeningResult } from "./screening-result.ts";
import type { Vacancy } from "./vacancy.ts";

export type LetterContent = DocumentContent;

export interface LetterOptions {
  readonly language: Language;
  /** The employer, named as sender and as the place to ask questions or object. */
  readonly organisation: string;
  /** Used in the greeting; a neutral greeting without it (no gendered "Dear Sir/Madam"). */
  readonly candidateName?: string;
  /**
   * The decision taken, when there is one: the letter then states it first, who took it, and (when a
   * person departed from the recommendation) the reason they wrote down.
   */
  readonly decision?: LetterDecision;
}

export interface LetterDecision {
  readonly decision: "advance" | "reject";
  readonly by: "person" | "system";
  /** ISO date (or time) of the decision. */
  readonly at: string;
  /** The decider's reason, shown when the decision departs from the recommendation. */
  readonly reason?: string | null;
  readonly override: boolean;
}

/**
 * The letter explaining one screening result to the candidate: the outcome, what counted, the
 * knock-out rule and its published reason, what would have changed the outcome, that a person reviews
 * every decision except a published knock-out, how to ask questions or object, and the right to an
 * explanation (EU AI Act art. 86; GDPR art. 15(1)(h) and 22; CJEU C-203/22 Dun & Bradstreet Austria,
 * 27 February 2025).
 */
export function letterContent(
  vacancy: Vacancy,
  result: ScreeningResult,
  options: LetterOptions,
): LetterContent {
  const lang = options.language;
  const nl = lang === "nl";
  const t = (dutch: string, english: string) => (nl ? dutch : english);
  const org = options.organisation;
  const paragraph = (text: string): DocumentBody => ({ kind: "paragraph", text });
  const section = (heading: string, ...body: DocumentBody[]): DocumentSection => ({ heading, body });
  const name = options.candidateName?.trim();
  const ko = result.knockout;
  const sections: (DocumentSection | null)[] = [
    {
      heading: null,
      body: [
        paragraph(name ? `${t("Beste", "Dear")} ${name},` : t("Beste kandidaat,", "Dear candidate,")),
        paragraph(
          t(
            `${org} gebruikt een screeningsysteem dat sollicitaties toetst aan de eisen en criteria die bij de vacature zijn gepubliceerd. In deze brief leest u hoe uw sollicitatie is beoordeeld en wat u kunt doen als u het er niet mee eens bent.`,
            `${org} uses a screening system that checks applications against the requirements and criteria published with the vacancy. This letter explains how your application was assessed and what you can do if you disagree.`,
          ),
        ),
      ],
    },
    options.decision ? decisionSection(options.decision, lang) : null,
    section(
      options.decision
        ? t("Wat het systeem adviseerde", "What the system recommended")
        : t("Uitkomst", "Outcome"),
      paragraph(result.explanation[lang]),
    ),
    ko
      ? section(t("Gepubliceerde eis waaraan u niet voldoet", "Published requirement you do not meet"), {
          kind: "definitions",
          items: [
            [t("Eis", "Requirement"), ko.label[lang]],
            [t("Waarom de functie dit vraagt", "Why the job needs it"), ko.reason[lang]],
            [t("Uw antwoord", "Your answer"), ko.evidence],
          ],
        })
      : null,
    result.knockoutsUnknown.length > 0
      ? {
          heading: null,
          body: [
            paragraph(
              t(
                "Een of meer eisen konden we niet controleren omdat gegevens ontbraken of onleesbaar waren; dat is nooit een reden voor afwijzing. Een medewerker neemt contact met u op.",
                "We could not check one or more requirements because information was missing or unreadable; that is never a reason for rejection. A person will contact you.",
              ),
            ),
          ],
        }
      : null,
    section(t("Hoe uw score is opgebouwd", "How your score was made up"), scoreTable(result, lang)),
    section(
      t("Wat de uitkomst had veranderd", "What would have changed the outcome"),
      paragraph(
        result.counterfactual?.explanation[lang] ??
          t(
            "U gaat door naar de volgende ronde; hier verandert niets aan.",
            "You go on to the next round; nothing needed to change.",
          ),
      ),
    ),
    result.atypical.flagged
      ? section(t("Waarom een medewerker meekijkt", "Why a person looks at your application"), {
          kind: "list",
          items: result.atypical.reasons.map((r) => r.message[lang]),
        })
      : null,
    section(
      t("Een mens beslist", "A person decides"),
      paragraph(
        t(
          "De uitkomst van het systeem is een advies. Een medewerker bekijkt elke beslissing en neemt die zelf, behalve een afwijzing op een gepubliceerde knock-outeis; ook die kunt u door een medewerker laten nakijken.",
          "The system's outcome is a recommendation. A person reviews and takes every decision, except a rejection by a published knock-out requirement; you can ask a person to check that too.",
        ),
      ),
    ),
    section(
      t("Vragen of bezwaar", "Questions or objections"),
      paragraph(
        t(
          `Heeft u vragen, klopt een gegeven niet, of bent u het niet eens met de uitkomst? Reageer op deze brief of neem contact op met ${org}. U kunt bezwaar maken, gegevens aanvullen of verbeteren en vragen om een nieuwe beoordeling door een medewerker.`,
          `Do you have questions, is some information wrong, or do you disagree with the outcome? Reply to this letter or contact ${org}. You can object, add or correct information, and ask for a new assessment by a person.`,
        ),
      ),
    ),
    section(
      t("Uw recht op uitleg", "Your right to an explanation"),
      paragraph(
        t(
          "U heeft recht op een duidelijke uitleg van de rol van het systeem in de beslissing en van de belangrijkste onderdelen ervan (EU AI-verordening art. 86), op betekenisvolle informatie over de gebruikte logica en op menselijke tussenkomst bij geautomatiseerde besluiten (AVG art. 15 lid 1 onder h en art. 22). Volgens het Hof van Justitie van de EU moet die uitleg de “procedure en beginselen die daadwerkelijk zijn toegepast” beschrijven (arrest C-203/22, Dun & Bradstreet Austria, 27 februari 2025). Deze brief is die uitleg; vraagt u meer, dan geven wij die.",
          "You have the right to a clear explanation of the system's role in the decision and of its main elements (EU AI Act art. 86), to meaningful information about the logic involved and to human intervention in automated decisions (GDPR art. 15(1)(h) and art. 22). The Court of Justice of the EU holds that this explanation must describe the “procedure and principles actually applied” (judgment C-203/22, Dun & Bradstreet Austria, 27 February 2025). This letter is that explanation; if you ask for more, we will give it.",
        ),
      ),
    ),
  ];
  return {
    language: lang,
    sender: org,
    title: `${t("Uitleg over uw sollicitatie", "Explanation of your application")}: ${vacancy.title[lang]}`,
    sections: sections.filter((s): s is DocumentSection => s !== null),
    closing: [t("Met vriendelijke groet,", "Kind regards,"), org],
  };
}

function decisionSection(d: LetterDecision, lang: Language): DocumentSection {
  const nl = lang === "nl";
  const date = d.at.slice(0, 10);
  const outcome =
    d.decision === "advance"
      ? nl
        ? "U gaat door naar de volgende ronde."
        : "You go on to the next round."
      : nl
        ? "Wij gaan niet verder met uw sollicitatie."
        : "We will not continue with your application.";
  const who =
    d.by === "system"
      ? nl
        ? `Dit besluit volgt uit een gepubliceerde knock-outeis en is op ${date} vastgelegd; u kunt een medewerker vragen het na te kijken.`
        : `This decision follows from a published knock-out requirement and was recorded on ${date}; you can ask a person to check it.`
      : nl
        ? `Een medewerker heeft dit besluit op ${date} genomen, met het advies van het systeem hieronder als hulpmiddel.`
        : `A person took this decision on ${date}, with the system's recommendation below as an aid.`;
  const body: DocumentBody[] = [
    { kind: "paragraph", text: outcome },
    { kind: "paragraph", text: who },
  ];
  if (d.override && d.reason?.trim()) {
    body.push({
      kind: "definitions",
      items: [
        [
          nl
            ? "Waarom de medewerker afweek van het advies"
            : "Why the person departed from the recommendation",
          d.reason.trim(),
        ],
      ],
    });
  }
  return { heading: nl ? "Besluit" : "Decision", body };
}

function scoreTable(result: ScreeningResult, lang: Language): DocumentBody {
  const nl = lang === "nl";
  const n = (x: number) => formatNumber(x, lang);
  const status = (c: Contribution): string => {
    if (c.evidence === null) return nl ? "geen gegevens" : "no information";
    if (c.met) return nl ? "voldaan" : "met";
    if (c.points > 0) return nl ? "gedeeltelijk" : "partly met";
    return nl ? "niet voldaan" : "not met";
  };
  return {
    kind: "table",
    caption: nl ? "Punten per criterium" : "Points per criterion",
    head: nl
      ? ["Criterium", "Uw gegevens", "Resultaat", "Punten", "Toelichting"]
      : ["Criterion", "Your information", "Result", "Points", "Explanation"],
    rows: result.contributions.map((c) => [
      `${c.label[lang]}${c.kind === "niceToHave" ? ` (${nl ? "pluspunt" : "nice to have"})` : ""}`,
      c.evidence ?? "—",
      status(c),
      `${n(c.points)} ${nl ? "van" : "of"} ${n(c.weight)}`,
      c.explanation[lang],
    ]),
    foot: [
      nl ? "Totaal" : "Total",
      "",
      "",
      `${n(result.score)} ${nl ? "van" : "of"} ${n(result.maxScore)}`,
      "",
    ],
  };
}
