import type { Bilingual } from "../screening/vacancy.ts";
import type { WordingBasis, WordingCategory } from "./wording-finding.ts";
import type { WordingSourceId } from "./wording-sources.ts";

/** A rule of the vacancy text check: what it looks for, why it matters, and the default advice. */
export interface WordingRule {
  readonly id: string;
  readonly category: WordingCategory;
  readonly basis: WordingBasis;
  readonly explanation: Bilingual;
  readonly suggestion: Bilingual;
  readonly sources: readonly WordingSourceId[];
}

const rule = (
  id: string,
  category: WordingCategory,
  basis: WordingBasis,
  sources: readonly WordingSourceId[],
  explanation: Bilingual,
  suggestion: Bilingual,
): WordingRule => ({ id, category, basis, explanation, suggestion, sources });

const AGE_LAW_NL =
  "Onderscheid naar leeftijd bij werving is verboden, tenzij objectief gerechtvaardigd (WGBL art. 3 en 7; richtlijn 2000/78/EG)";
const AGE_LAW_EN =
  "Age distinctions in recruitment are prohibited unless objectively justified (Dutch WGBL art. 3 and 7; Directive 2000/78/EC)";

/** Every rule, by id. The ids are stable: the JSON, the web and the tests name them. */
export const WORDING_RULES = {
  "gender.masculine-coded": rule(
    "gender.masculine-coded",
    "gender",
    "research",
    ["gaucher2011", "dutchGenderHints"],
    {
      en: "A masculine-coded word. Gaucher, Friesen & Kay (2011) found that ads with more masculine-coded words appealed less to women and made them expect to belong less; in Dutch the lists are research-based hints, not a legal rule.",
      nl: "Een mannelijk gekleurd woord. Gaucher, Friesen & Kay (2011) vonden dat vacatures met meer mannelijk gekleurde woorden vrouwen minder aanspraken en hun gevoel erbij te horen verkleinden; voor het Nederlands zijn de lijsten hints uit onderzoek, geen wettelijke regel.",
    },
    {
      en: "Describe the behaviour the job needs, or balance it with neutral or feminine-coded words.",
      nl: "Beschrijf het gedrag dat de functie vraagt, of breng evenwicht aan met neutrale of vrouwelijk gekleurde woorden.",
    },
  ),
  "gender.feminine-coded": rule(
    "gender.feminine-coded",
    "gender",
    "research",
    ["gaucher2011", "dutchGenderHints"],
    {
      en: "A feminine-coded word (Gaucher, Friesen & Kay 2011). Feminine wording did not put men off in that study; it is counted to show the balance of the text, not as a problem.",
      nl: "Een vrouwelijk gekleurd woord (Gaucher, Friesen & Kay 2011). Vrouwelijke woorden schrikten mannen in dat onderzoek niet af; ze worden geteld om het evenwicht van de tekst te tonen, niet als probleem.",
    },
    {
      en: "No change needed; keep the text balanced.",
      nl: "Geen wijziging nodig; houd de tekst in evenwicht.",
    },
  ),
  "gender.pronoun": rule(
    "gender.pronoun",
    "gender",
    "guidance",
    ["payTransparency", "awgb"],
    {
      en: "The candidate is referred to as 'he'. Vacancy notices must be gender-neutral (Pay Transparency Directive (EU) 2023/970 art. 5(3)); the AWGB protects sex, gender identity and expression.",
      nl: "De kandidaat wordt 'hij' genoemd. Vacatureteksten moeten genderneutraal zijn (Richtlijn loontransparantie (EU) 2023/970 art. 5(3)); de AWGB beschermt geslacht, genderidentiteit en -expressie.",
    },
    {
      en: "Address the reader as 'you', or use 'they'.",
      nl: "Spreek de lezer aan met 'je' of 'jij'.",
    },
  ),
  "gender.gendered-term": rule(
    "gender.gendered-term",
    "gender",
    "guidance",
    ["payTransparency", "taalunie"],
    {
      en: "A word built on 'man' for people in general. Vacancy notices must be gender-neutral (Directive (EU) 2023/970 art. 5(3)).",
      nl: "Een woord met 'man' voor mensen in het algemeen. Vacatureteksten moeten genderneutraal zijn (Richtlijn (EU) 2023/970 art. 5(3)).",
    },
    { en: "Use the neutral word.", nl: "Gebruik het neutrale woord." },
  ),
  "gender.sex-preference": rule(
    "gender.sex-preference",
    "gender",
    "law",
    ["awgb", "wgbMv", "vacaturecheck"],
    {
      en: "The ad asks for a man or a woman. That is direct sex discrimination (AWGB, WGB m/v) unless it is stated preferential policy that applies only at equal suitability.",
      nl: "De vacature vraagt om een man of een vrouw. Dat is direct onderscheid naar geslacht (AWGB, WGB m/v), tenzij het bekendgemaakt voorkeursbeleid is dat alleen bij gelijke geschiktheid geldt.",
    },
    {
      en: "Ask for the skills; for preferential policy write 'at equal suitability, we prefer …' and document the disadvantage it corrects.",
      nl: "Vraag om de vaardigheden; schrijf bij voorkeursbeleid 'bij gelijke geschiktheid gaat de voorkeur uit naar …' en leg vast welke achterstand het opheft.",
    },
  ),
  "age.young": rule(
    "age.young",
    "age",
    "law",
    ["wgbl", "directive200078", "vacaturecheck", "fokkens2018"],
    {
      en: `'Young' describes the people you want by age. ${AGE_LAW_EN}; the College counts 'young' among the typical age-discriminating words.`,
      nl: `'Jong' beschrijft de gewenste mensen naar leeftijd. ${AGE_LAW_NL}; het College noemt 'jong' als typisch leeftijdsdiscriminerend woord.`,
    },
    {
      en: "Leave it out, or describe the team by what it does ('an enthusiastic team').",
      nl: "Laat het weg, of beschrijf het team naar wat het doet ('een enthousiast team').",
    },
  ),
  "age.young-and-dynamic": rule(
    "age.young-and-dynamic",
    "age",
    "law",
    ["wgbl", "vacaturecheck", "fokkens2018"],
    {
      en: `'Young and dynamic' is the best-known age-discriminating phrase in Dutch ads (College Vacaturecheck; Fokkens et al. 2018). ${AGE_LAW_EN}.`,
      nl: `'Jong en dynamisch' is de bekendste leeftijdsdiscriminerende formulering in vacatures (College Vacaturecheck; Fokkens e.a. 2018). ${AGE_LAW_NL}.`,
    },
    { en: "Write 'enthusiastic'.", nl: "Schrijf 'enthousiast'." },
  ),
  "age.go-getter": rule(
    "age.go-getter",
    "age",
    "law",
    ["wgbl", "vacaturecheck"],
    {
      en: `'Jonge hond' (literally 'young dog') asks for youth. ${AGE_LAW_EN}.`,
      nl: `'Jonge hond' vraagt om jeugd. ${AGE_LAW_NL}.`,
    },
    { en: "Write 'go-getter'.", nl: "Schrijf 'doorzetter'." },
  ),
  "age.limit": rule(
    "age.limit",
    "age",
    "law",
    ["wgbl", "directive200078", "vacaturecheck"],
    {
      en: `An age limit. ${AGE_LAW_EN}; an ad that sets one must state the justification (CGB 2005; VU/College 2018).`,
      nl: `Een leeftijdsgrens. ${AGE_LAW_NL}; een vacature met een leeftijdsgrens moet de rechtvaardiging vermelden (CGB 2005; VU/College 2018).`,
    },
    {
      en: "Remove it, or keep it only with the legal reason stated in the ad (e.g. a statutory minimum age).",
      nl: "Haal hem weg, of houd hem alleen met de wettelijke reden erbij (bijvoorbeeld een wettelijke minimumleeftijd).",
    },
  ),
  "age.experience-maximum": rule(
    "age.experience-maximum",
    "age",
    "law",
    ["wgbl", "vacaturecheck", "fokkens2018"],
    {
      en: `A maximum amount of work experience excludes older candidates: indirect age discrimination (College Vacaturecheck). ${AGE_LAW_EN}. A minimum is allowed when the job needs it.`,
      nl: `Een maximum aan werkervaring sluit oudere kandidaten uit: indirect leeftijdsonderscheid (College Vacaturecheck). ${AGE_LAW_NL}. Een minimum mag als de functie het vraagt.`,
    },
    {
      en: "Ask for a minimum, or for the skills the job needs.",
      nl: "Vraag om een minimum, of om de vaardigheden die de functie vraagt.",
    },
  ),
  "age.graduate": rule(
    "age.graduate",
    "age",
    "law",
    ["wgbl", "vacaturecheck", "textioBenchmark"],
    {
      en: `'Recent graduate' and 'school leaver' ask for young people: indirect age discrimination (College Vacaturecheck). ${AGE_LAW_EN}.`,
      nl: `'Pas afgestudeerd' en 'schoolverlater' vragen om jonge mensen: indirect leeftijdsonderscheid (College Vacaturecheck). ${AGE_LAW_NL}.`,
    },
    {
      en: "Ask for the qualification, not when it was obtained.",
      nl: "Vraag om de opleiding, niet om wanneer die is afgerond.",
    },
  ),
  "age.career-start": rule(
    "age.career-start",
    "age",
    "law",
    ["wgbl", "vacaturecheck", "fokkens2018"],
    {
      en: `'Starter', 'beginning' and 'first step in your career' point at young people (College Vacaturecheck; Fokkens et al. 2018). ${AGE_LAW_EN}.`,
      nl: `'Starter', 'beginnend' en 'eerste stap in je carrière' wijzen op jonge mensen (College Vacaturecheck; Fokkens e.a. 2018). ${AGE_LAW_NL}.`,
    },
    {
      en: "Describe the job: 'no experience needed', 'we train you'. 'Junior position' is fine: it describes the job.",
      nl: "Beschrijf de functie: 'geen ervaring nodig', 'wij leiden je op'. 'Juniorfunctie' mag: dat beschrijft de functie.",
    },
  ),
  "age.students": rule(
    "age.students",
    "age",
    "law",
    ["wgbl", "vacaturecheck"],
    {
      en: `Recruiting only students or pupils is indirect age discrimination (College, 'Recruiter of computer?', 2021). ${AGE_LAW_EN}.`,
      nl: `Alleen studenten of scholieren werven is indirect leeftijdsonderscheid (College, 'Recruiter of computer?', 2021). ${AGE_LAW_NL}.`,
    },
    {
      en: "Describe the hours and flexibility instead ('a few hours a week, hours to suit you').",
      nl: "Beschrijf de uren en de flexibiliteit ('een paar uur per week, tijden in overleg').",
    },
  ),
  "age.digital-native": rule(
    "age.digital-native",
    "age",
    "law",
    ["wgbl", "textioBenchmark"],
    {
      en: `'Digital native' means someone who grew up with the internet: a proxy for age. ${AGE_LAW_EN}.`,
      nl: `'Digital native' betekent iemand die met internet is opgegroeid: een aanwijzing voor leeftijd. ${AGE_LAW_NL}.`,
    },
    { en: "Write 'digitally skilled'.", nl: "Schrijf 'digitaal vaardig'." },
  ),
  "age.junior-senior-person": rule(
    "age.junior-senior-person",
    "age",
    "law",
    ["wgbl", "vacaturecheck"],
    {
      en: `A 'junior' or 'senior' candidate describes the person's age or stage of life; 'junior position' describes the job and is fine (College Vacaturecheck). ${AGE_LAW_EN}.`,
      nl: `Een 'junior' of 'senior' kandidaat beschrijft de persoon; 'juniorfunctie' beschrijft de functie en mag wel (College Vacaturecheck). ${AGE_LAW_NL}.`,
    },
    {
      en: "Describe the position: 'a candidate for this junior position'.",
      nl: "Beschrijf de functie: 'een kandidaat voor deze juniorfunctie'.",
    },
  ),
  "language.native": rule(
    "language.native",
    "language",
    "law",
    ["awgb", "college2022_55", "indirectDiscrimination", "vacaturecheck"],
    {
      en: "'Native speaker' or 'mother tongue' depends on where someone grew up: indirect discrimination on origin (AWGB) unless necessary for the job (College oordeel 2022-55). What matters is the level.",
      nl: "'Moedertaal' of 'native speaker' hangt af van waar iemand opgroeide: indirect onderscheid naar herkomst (AWGB), tenzij noodzakelijk voor de functie (College oordeel 2022-55). Het gaat om het niveau.",
    },
    {
      en: "Ask for the level the job needs as a CEFR level (B1, B2 or C1), say why, and test it.",
      nl: "Vraag het niveau dat de functie nodig heeft als ERK-niveau (B1, B2 of C1), zeg waarom, en toets het.",
    },
  ),
  "language.accent": rule(
    "language.accent",
    "language",
    "law",
    ["awgb", "college2016_30", "vacaturecheck"],
    {
      en: "Requiring speech without an accent is discrimination on origin (College oordeel 2016-30). Being understood is what the job needs.",
      nl: "Accentloos spreken eisen is onderscheid naar herkomst (College oordeel 2016-30). Goed verstaanbaar zijn is wat de functie vraagt.",
    },
    { en: "Write 'clearly understandable'.", nl: "Schrijf 'goed verstaanbaar'." },
  ),
  "ableist.physical-requirement": rule(
    "ableist.physical-requirement",
    "ableist",
    "law",
    ["wgbhcz", "dolAbleist"],
    {
      en: "A physical ability stated as a requirement excludes disabled people even when the task can be done another way (WGBH/CZ; accommodation duty). Name the task, not the body movement.",
      nl: "Een lichamelijk vermogen als eis sluit mensen met een beperking uit, ook als de taak anders kan (WGBH/CZ; plicht tot doeltreffende aanpassingen). Noem de taak, niet de beweging.",
    },
    {
      en: "Describe the function: 'move' instead of 'lift', 'communicate' instead of 'speak'.",
      nl: "Beschrijf de functie: 'verplaatsen' in plaats van 'tillen', 'communiceren' in plaats van 'spreken'.",
    },
  ),
  "ableist.health-requirement": rule(
    "ableist.health-requirement",
    "ableist",
    "law",
    ["wgbhcz"],
    {
      en: "A general health or fitness requirement excludes people with a disability or chronic illness (WGBH/CZ); only what the job really needs may be asked, with accommodations considered.",
      nl: "Een algemene eis aan gezondheid of fitheid sluit mensen met een beperking of chronische ziekte uit (WGBH/CZ); vraag alleen wat de functie echt nodig heeft en denk aan aanpassingen.",
    },
    {
      en: "Describe the physical tasks of the job and say that adjustments are possible.",
      nl: "Beschrijf de lichamelijke taken van de functie en zeg dat aanpassingen mogelijk zijn.",
    },
  ),
  "ableist.driving-licence": rule(
    "ableist.driving-licence",
    "ableist",
    "guidance",
    ["wgbhcz", "indirectDiscrimination"],
    {
      en: "A driving licence excludes people who cannot drive because of a disability. Required without need, it is indirect distinction (WGBH/CZ; AWGB art. 1): ask for it only when the job involves driving.",
      nl: "Een rijbewijs sluit mensen uit die door een beperking niet kunnen rijden. Zonder noodzaak geëist is dat indirect onderscheid (WGBH/CZ; AWGB art. 1): vraag het alleen als de functie rijden vraagt.",
    },
    {
      en: "Keep it only if the job involves driving, and say so ('you drive to clients').",
      nl: "Houd het alleen als de functie rijden vraagt, en zeg dat ('je rijdt naar klanten').",
    },
  ),
  "ableist.figurative": rule(
    "ableist.figurative",
    "ableist",
    "guidance",
    ["awareChoice"],
    {
      en: "A disability or illness used as a figure of speech. It tells disabled readers they are not the audience. Aware's own rule: a courtesy, not a legal requirement.",
      nl: "Een beperking of ziekte als beeldspraak. Het zegt lezers met een beperking dat ze niet bedoeld zijn. Een eigen regel van Aware: een kwestie van fatsoen, geen wettelijke eis.",
    },
    { en: "Use the plain word ('very', 'precise').", nl: "Gebruik het gewone woord ('erg', 'nauwkeurig')." },
  ),
  "title.gendered-form": rule(
    "title.gendered-form",
    "title",
    "guidance",
    ["payTransparency", "taalunie", "awgb"],
    {
      en: "A job title with a gender. Job titles must be gender-neutral (Pay Transparency Directive (EU) 2023/970 art. 5(3); Taalunie).",
      nl: "Een functienaam met een geslacht. Functienamen moeten genderneutraal zijn (Richtlijn loontransparantie (EU) 2023/970 art. 5(3); Taalunie).",
    },
    { en: "Use the neutral title.", nl: "Gebruik de neutrale functienaam." },
  ),
  "title.missing-gender-marker": rule(
    "title.missing-gender-marker",
    "title",
    "guidance",
    ["taalunie", "payTransparency", "vacaturecheck"],
    {
      en: "The title has no gender marker. Dutch guidance is to add (m/v/x) so everyone reads it as meant for them (Taalunie; College Vacaturecheck; Directive (EU) 2023/970 art. 5(3)).",
      nl: "De titel heeft geen genderaanduiding. Het advies is (m/v/x) toe te voegen, zodat iedereen de vacature op zichzelf betrekt (Taalunie; College Vacaturecheck; Richtlijn (EU) 2023/970 art. 5(3)).",
    },
    { en: "Add '(m/f/x)' after the title.", nl: "Zet '(m/v/x)' achter de titel." },
  ),
  "title.binary-marker": rule(
    "title.binary-marker",
    "title",
    "guidance",
    ["taalunie", "awgb"],
    {
      en: "'(m/f)' leaves out non-binary people; the AWGB protects gender identity and expression since 2019 (Taalunie advises (m/v/x)).",
      nl: "'(m/v)' sluit non-binaire mensen uit; de AWGB beschermt sinds 2019 ook genderidentiteit en -expressie (de Taalunie adviseert (m/v/x)).",
    },
    { en: "Add the x: '(m/f/x)'.", nl: "Voeg de x toe: '(m/v/x)'." },
  ),
  "requirements.too-many": rule(
    "requirements.too-many",
    "requirements",
    "guidance",
    ["indirectDiscrimination", "textioBenchmark", "awareChoice"],
    {
      en: "A long list of requirements. Every requirement must be necessary for the job: one that is not, and that fewer people of a protected group meet, is indirect discrimination (AWGB art. 1). The limit is Aware's choice (default 8), not a legal number.",
      nl: "Een lange lijst eisen. Elke eis moet nodig zijn voor de functie: een eis die dat niet is en die minder mensen van een beschermde groep halen, is indirect onderscheid (AWGB art. 1). De grens is een keuze van Aware (standaard 8), geen wettelijk getal.",
    },
    {
      en: "Keep the requirements the job cannot do without; move the rest to 'nice to have' or drop it.",
      nl: "Houd de eisen waar de functie niet zonder kan; zet de rest onder 'pré' of laat het weg.",
    },
  ),
  "salary.missing": rule(
    "salary.missing",
    "salary",
    "law",
    ["payTransparency"],
    {
      en: "No salary range. Applicants have the right to know the initial pay or its range (Pay Transparency Directive (EU) 2023/970 art. 5(1)); the Dutch law is planned for 1 January 2027 (the deadline of 7 June 2026 was missed). A range in the ad is the plainest way.",
      nl: "Geen salarisschaal. Sollicitanten hebben recht op het aanvangssalaris of de bandbreedte ervan (Richtlijn loontransparantie (EU) 2023/970 art. 5(1)); de Nederlandse wet is gepland voor 1 januari 2027 (de termijn van 7 juni 2026 is niet gehaald). Een bandbreedte in de vacature is de duidelijkste manier.",
    },
    {
      en: "State the range: 'between €3,200 and €4,100 gross a month', or the pay scale.",
      nl: "Noem de bandbreedte: 'tussen € 3.200 en € 4.100 bruto per maand', of de salarisschaal.",
    },
  ),
  "salary.vague": rule(
    "salary.vague",
    "salary",
    "law",
    ["payTransparency"],
    {
      en: "'Competitive' or 'market rate' is not pay information: applicants have the right to the initial pay or its range (Directive (EU) 2023/970 art. 5(1)).",
      nl: "'Marktconform' of 'aantrekkelijk' is geen salarisinformatie: sollicitanten hebben recht op het aanvangssalaris of de bandbreedte ervan (Richtlijn (EU) 2023/970 art. 5(1)).",
    },
    {
      en: "Replace it with the range in euros or the pay scale.",
      nl: "Vervang het door de bandbreedte in euro's of de salarisschaal.",
    },
  ),
  "salary.single-amount": rule(
    "salary.single-amount",
    "salary",
    "guidance",
    ["payTransparency"],
    {
      en: "A single amount. The directive accepts the initial pay (art. 5(1)), but a range with its criteria lets candidates negotiate on an informed basis, which is the directive's aim.",
      nl: "Eén bedrag. De richtlijn accepteert het aanvangssalaris (art. 5(1)), maar een bandbreedte met de criteria laat kandidaten geïnformeerd onderhandelen, waar de richtlijn om draait.",
    },
    {
      en: "Give the range (minimum and maximum) and what decides where someone starts.",
      nl: "Geef de bandbreedte (minimum en maximum) en wat bepaalt waar iemand begint.",
    },
  ),
  "salary.pay-history": rule(
    "salary.pay-history",
    "salary",
    "law",
    ["payTransparency"],
    {
      en: "Asking for current or previous pay is not allowed (Directive (EU) 2023/970 art. 5(2)): it carries pay gaps from one job to the next.",
      nl: "Vragen naar het huidige of vorige salaris mag niet (Richtlijn (EU) 2023/970 art. 5(2)): het neemt loonverschillen mee van baan naar baan.",
    },
    {
      en: "Remove the question; you may ask for salary expectations.",
      nl: "Haal de vraag weg; naar salariswensen vragen mag wel.",
    },
  ),
  "accommodation.missing": rule(
    "accommodation.missing",
    "accommodation",
    "law",
    ["wgbhcz", "textioBenchmark"],
    {
      en: "No statement about adjustments. Employers must make effective accommodations for disability or chronic illness, in recruitment too (WGBH/CZ); saying so in the ad tells candidates they can ask.",
      nl: "Geen zin over aanpassingen. Werkgevers moeten doeltreffende aanpassingen doen bij een handicap of chronische ziekte, ook bij werving (WGBH/CZ); dat in de vacature zeggen laat kandidaten weten dat ze erom kunnen vragen.",
    },
    {
      en: "Add a sentence inviting candidates to ask for adjustments in the procedure or the job.",
      nl: "Voeg een zin toe die kandidaten uitnodigt om aanpassingen in de procedure of de functie te vragen.",
    },
  ),
} as const satisfies Record<string, WordingRule>;

export type WordingRuleId = keyof typeof WORDING_RULES;
