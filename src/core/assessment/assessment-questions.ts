/**
 * The questions of the before-deployment assessment, in our own words, each citing where it comes
 * from (Regulation (EU) 2024/1689 "AI Act", the GDPR, Dutch law, the Dutch government's IAMA and
 * Algoritmekader). Sources are cited, not copied; see ../../../docs/assessment.md for the list and
 * the points still to verify (the AI Act's high-risk dates after the 2026 "Digital Omnibus").
 *
 * Ids are stable: answers are stored by id. Change `version` when questions change.
 */
import type { Question, Questionnaire, QuestionSource, Section } from "./assessment-model.ts";

const law = (label: string): QuestionSource => ({ label, force: "law" });
const practice = (label: string): QuestionSource => ({ label, force: "good-practice" });

const classification: Section = {
  id: "classification",
  title: {
    nl: "Valt uw systeem onder de AI-verordening als hoog risico?",
    en: "Is your system high-risk under the AI Act?",
  },
  intro: {
    nl: "Systemen die sollicitaties analyseren, filteren of beoordelen, of vacatures gericht tonen, zijn in de AI-verordening als hoog risico aangewezen. Deze vragen bepalen welke plichten voor u gelden.",
    en: "Systems that analyse, filter or assess applications, or target job ads, are listed as high-risk in the AI Act. These questions determine which duties apply to you.",
  },
  questions: [
    {
      id: "scope-recruitment",
      kind: "fact",
      text: {
        nl: "Gebruikt (of wilt) u software die sollicitaties analyseert, filtert, rangschikt of beoordeelt, kandidaten evalueert, of vacatures gericht aan bepaalde mensen toont?",
        en: "Do you (plan to) use software that analyses, filters, ranks or scores applications, evaluates candidates, or shows job ads to selected people?",
      },
      help: {
        nl: "Denk ook aan cv-parsers met een score, chatbots die kandidaten voorselecteren, game- of video-assessments en advertentieplatforms die zelf kiezen wie een vacature ziet.",
        en: "Include CV parsers that score, chatbots that pre-select, game or video assessments, and ad platforms that choose who sees a vacancy.",
      },
      sources: [law("AI Act annex III, point 4(a)")],
      action: {
        nl: "Breng in kaart welke software in uw werving en selectie wordt gebruikt en wat die doet.",
        en: "List the software used in your recruitment and selection and what it does.",
      },
    },
    {
      id: "scope-profiling",
      kind: "fact",
      text: {
        nl: "Beoordeelt het systeem persoonlijke kenmerken van kandidaten, zoals vaardigheden, gedrag, betrouwbaarheid of geschiktheid (profilering)?",
        en: "Does the system evaluate personal aspects of candidates, such as skills, behaviour, reliability or suitability (profiling)?",
      },
      help: {
        nl: "Een systeem dat mensen profileert, is altijd hoog risico; de uitzonderingen voor eenvoudige hulptaken gelden dan niet. Een cv-score of ranglijst is profilering.",
        en: "A system that profiles people is always high-risk; the exceptions for simple supporting tasks then do not apply. A CV score or ranking is profiling.",
      },
      sources: [law("AI Act art. 6(3), last subparagraph"), law("GDPR art. 4(4)")],
      showIf: { question: "scope-recruitment", answers: ["yes", "unknown"] },
      action: {
        nl: "Vraag de leverancier of en hoe het systeem kandidaten beoordeelt.",
        en: "Ask the vendor whether and how the system assesses candidates.",
      },
    },
    {
      id: "scope-narrow-task",
      kind: "fact",
      text: {
        nl: "Doet het systeem alleen een beperkte, ondersteunende taak zonder mensen te beoordelen (bijvoorbeeld dubbele sollicitaties samenvoegen of volledigheid controleren)?",
        en: "Does the system only perform a narrow supporting task without assessing people (for example merging duplicate applications or checking completeness)?",
      },
      help: {
        nl: "Alleen dan kan een systeem uit de lijst buiten 'hoog risico' vallen, en de aanbieder moet dat dan vastleggen. Profilering sluit deze uitzondering uit.",
        en: "Only then can a listed system fall outside 'high-risk', and the provider must then document that. Profiling rules this exception out.",
      },
      sources: [law("AI Act art. 6(3) and 6(4)")],
      showIf: { question: "scope-profiling", answers: ["no"] },
      action: {
        nl: "Vraag de aanbieder om de vastlegging waarom het systeem geen hoog risico zou zijn.",
        en: "Ask the provider for the documented reasons why the system would not be high-risk.",
      },
    },
    {
      id: "scope-provider-role",
      kind: "fact",
      text: {
        nl: "Heeft uw organisatie het systeem zelf gebouwd, er wezenlijk aan veranderd, het voor een ander doel ingezet of het onder eigen naam gebracht?",
        en: "Has your organisation built the system itself, changed it substantially, used it for another purpose, or put its own name on it?",
      },
      help: {
        nl: "Dan wordt u zelf 'aanbieder' en gelden de veel zwaardere plichten van de aanbieder (onder meer risicobeheer, datakwaliteit en technische documentatie).",
        en: "Then you become a 'provider' yourself, with the much heavier provider duties (among others risk management, data quality and technical documentation).",
      },
      sources: [law("AI Act art. 25")],
      showIf: { question: "scope-recruitment", answers: ["yes", "unknown"] },
      action: {
        nl: "Laat juridisch beoordelen of u aanbieder bent en welke plichten daarbij horen.",
        en: "Have it assessed legally whether you are a provider and which duties follow.",
      },
    },
    {
      id: "scope-public-body",
      kind: "fact",
      text: {
        nl: "Is uw organisatie een overheidsorgaan, of verleent zij een openbare dienst (bijvoorbeeld onderwijs, zorg of huisvesting)?",
        en: "Is your organisation a public body, or does it provide a public service (for example education, care or housing)?",
      },
      help: {
        nl: "Dan moet u vóór het eerste gebruik de gevolgen voor grondrechten beoordelen (FRIA). Voor andere werkgevers is dat niet verplicht, maar wel verstandig: het deel 'Grondrechten' hieronder volgt de opbouw van de IAMA.",
        en: "Then you must assess the impact on fundamental rights (FRIA) before first use. For other employers it is not required but wise: the 'Fundamental rights' part below follows the structure of the IAMA.",
      },
      sources: [law("AI Act art. 27(1)")],
      action: {
        nl: "Stel vast of uw organisatie onder artikel 27 valt.",
        en: "Establish whether your organisation falls under article 27.",
      },
    },
  ],
};

const prohibited: Section = {
  id: "prohibited",
  title: { nl: "Verboden toepassingen", en: "Prohibited practices" },
  intro: {
    nl: "Sommige toepassingen zijn sinds 2 februari 2025 verboden, ongeacht het risico-oordeel.",
    en: "Some practices have been prohibited since 2 February 2025, whatever the risk classification.",
  },
  questions: [
    {
      id: "prohibited-emotion",
      kind: "prohibited",
      text: {
        nl: "Leidt het systeem (of een onderdeel, zoals een video-interview) emoties of gemoedstoestanden van kandidaten of werknemers af uit gezicht, stem of lichaamstaal?",
        en: "Does the system (or a part of it, such as a video interview) infer emotions or moods of candidates or employees from face, voice or body language?",
      },
      help: {
        nl: "Emotieherkenning op de werkplek is verboden, behalve om medische of veiligheidsredenen. Dat geldt ook voor 'enthousiasme-' of 'stressscores' in video-assessments.",
        en: "Emotion recognition in the workplace is prohibited, except for medical or safety reasons. This includes 'enthusiasm' or 'stress' scores in video assessments.",
      },
      sources: [law("AI Act art. 5(1)(f)")],
      action: {
        nl: "Stop het gebruik van emotieherkenning direct en laat de leverancier dit onderdeel uitschakelen.",
        en: "Stop using emotion recognition at once and have the vendor switch this part off.",
      },
    },
    {
      id: "prohibited-biometric-categorisation",
      kind: "prohibited",
      text: {
        nl: "Deelt het systeem mensen op grond van biometrische gegevens (gezicht, stem) in naar ras, politieke opvatting, vakbondslidmaatschap, religie of seksuele geaardheid?",
        en: "Does the system categorise people by biometric data (face, voice) to infer race, political opinions, trade-union membership, religion or sexual orientation?",
      },
      help: {
        nl: "Zulke biometrische indeling is verboden.",
        en: "Such biometric categorisation is prohibited.",
      },
      sources: [law("AI Act art. 5(1)(g)")],
      action: {
        nl: "Stop dit gebruik direct.",
        en: "Stop this use at once.",
      },
    },
  ],
};

const deployer: Section = {
  id: "deployer",
  title: { nl: "Uw plichten als gebruiker", en: "Your duties as a deployer" },
  intro: {
    nl: "Werkgevers die een hoog-risicosysteem gebruiken, zijn 'gebruiksverantwoordelijke'. De werkgever blijft verantwoordelijk voor discriminatie door een systeem, ook als de leverancier het bouwde (College voor de Rechten van de Mens, 2021).",
    en: "Employers who use a high-risk system are 'deployers'. The employer remains responsible for discrimination by a system, even when a vendor built it (Netherlands Institute for Human Rights, 2021).",
  },
  questions: [
    {
      id: "deployer-instructions",
      kind: "duty",
      text: {
        nl: "Heeft u de gebruiksaanwijzing van de aanbieder, en gebruikt u het systeem zoals die voorschrijft?",
        en: "Do you have the provider's instructions for use, and do you use the system as they prescribe?",
      },
      help: {
        nl: "Leg vast welke maatregelen ervoor zorgen dat het systeem alleen voor het bedoelde doel en op de bedoelde manier wordt gebruikt.",
        en: "Record the measures that keep the system to its intended purpose and way of use.",
      },
      sources: [law("AI Act art. 26(1)")],
      evidence: ["document"],
      action: {
        nl: "Vraag de gebruiksaanwijzing op en leg vast hoe u zich eraan houdt.",
        en: "Obtain the instructions for use and record how you follow them.",
      },
    },
    {
      id: "deployer-oversight-people",
      kind: "duty",
      text: {
        nl: "Heeft u mensen aangewezen die toezicht houden op het systeem, met de kennis, training en bevoegdheid om in te grijpen?",
        en: "Have you appointed people to oversee the system, with the knowledge, training and authority to intervene?",
      },
      help: {
        nl: "Menselijk toezicht werkt alleen als de toezichthouder tijd, kennis en mandaat heeft om van de uitkomst af te wijken.",
        en: "Human oversight only works when the overseer has the time, knowledge and mandate to depart from the output.",
      },
      sources: [law("AI Act art. 26(2)"), law("AI Act art. 14")],
      action: {
        nl: "Wijs toezichthouders aan, train ze en leg hun bevoegdheden vast.",
        en: "Appoint overseers, train them and record their authority.",
      },
    },
    {
      id: "deployer-input-data",
      kind: "duty",
      text: {
        nl: "Controleert u, waar u de invoer bepaalt, dat die relevant en voldoende representatief is voor het doel?",
        en: "Where you control the input, do you check that it is relevant and sufficiently representative for the purpose?",
      },
      help: {
        nl: "Bijvoorbeeld: welke velden van een sollicitatie naar het systeem gaan, en of die passen bij de functie-eisen.",
        en: "For example: which fields of an application go into the system, and whether they fit the job requirements.",
      },
      sources: [law("AI Act art. 26(4)")],
      evidence: ["vacancy-check", "document"],
      action: {
        nl: "Loop de invoervelden na tegen de functie-eisen en verwijder wat niet nodig is.",
        en: "Check the input fields against the job requirements and remove what is not needed.",
      },
    },
    {
      id: "deployer-monitoring",
      kind: "duty",
      text: {
        nl: "Volgt u de werking van het systeem, en weet u wanneer u het gebruik stopzet en wie u dan informeert (aanbieder, toezichthouder)?",
        en: "Do you monitor how the system works, and do you know when to suspend its use and whom to inform (the provider, the authority)?",
      },
      help: {
        nl: "Een periodieke audit van de uitkomsten per groep hoort bij dit toezicht; ernstige incidenten meldt u direct.",
        en: "A periodic audit of outcomes by group is part of this monitoring; serious incidents are reported at once.",
      },
      sources: [law("AI Act art. 26(5)")],
      evidence: ["audit", "discovery"],
      action: {
        nl: "Plan periodieke audits en leg een stopprocedure met meldlijn vast.",
        en: "Schedule periodic audits and record a suspension procedure with whom to notify.",
      },
    },
    {
      id: "deployer-logs",
      kind: "duty",
      text: {
        nl: "Bewaart u de automatisch gemaakte logboeken van het systeem minstens zes maanden?",
        en: "Do you keep the system's automatically generated logs for at least six months?",
      },
      help: {
        nl: "Weeg dit af tegen de AVG: bewaar niet langer dan nodig, en leg de termijn vast. Het besluitenlogboek van Aware telt hier als bewijs.",
        en: "Balance this against the GDPR: keep no longer than needed, and record the period. Aware's decision log counts as evidence here.",
      },
      sources: [law("AI Act art. 26(6)"), law("GDPR art. 5(1)(e)")],
      evidence: ["decision-log", "document"],
      action: {
        nl: "Richt het bewaren van logboeken in en leg de bewaartermijn vast.",
        en: "Set up keeping the logs and record the retention period.",
      },
    },
    {
      id: "deployer-inform-workers",
      kind: "duty",
      text: {
        nl: "Heeft u werknemers en de ondernemingsraad geïnformeerd vóórdat het systeem in gebruik gaat?",
        en: "Have you informed employees and the works council before the system is put into use?",
      },
      help: {
        nl: "Dit is een aparte plicht voor werkgevers. Daarnaast kan de ondernemingsraad instemmingsrecht hebben op regelingen over aanstelling (WOR art. 27); ga dat na.",
        en: "This is a separate duty for employers. The works council may also have a right of consent over rules on hiring (Dutch Works Councils Act art. 27); check this.",
      },
      sources: [
        law("AI Act art. 26(7)"),
        law("Wet op de ondernemingsraden art. 27 (to verify for your case)"),
      ],
      evidence: ["document"],
      action: {
        nl: "Informeer de ondernemingsraad en de werknemers, en leg vast wanneer en hoe.",
        en: "Inform the works council and employees, and record when and how.",
      },
    },
    {
      id: "deployer-inform-candidates",
      kind: "duty",
      text: {
        nl: "Vertelt u kandidaten dat er een hoog-risicosysteem bij de beslissing over hen wordt gebruikt?",
        en: "Do you tell candidates that a high-risk system is used in the decision about them?",
      },
      help: {
        nl: "Bijvoorbeeld in de vacaturetekst en de bevestiging van ontvangst, met hoe zij uitleg kunnen vragen.",
        en: "For example in the vacancy text and the acknowledgement of receipt, with how they can ask for an explanation.",
      },
      sources: [law("AI Act art. 26(11)"), law("GDPR art. 13(2)(f)")],
      evidence: ["vacancy-check"],
      action: {
        nl: "Voeg een korte uitleg over het systeem toe aan vacatures en ontvangstbevestigingen.",
        en: "Add a short explanation of the system to vacancies and acknowledgements.",
      },
    },
    {
      id: "deployer-dpia",
      kind: "duty",
      text: {
        nl: "Heeft u een gegevensbeschermingseffectbeoordeling (DPIA) gedaan, met de informatie van de aanbieder?",
        en: "Have you carried out a data protection impact assessment (DPIA), using the provider's information?",
      },
      help: {
        nl: "Het stelselmatig profileren van sollicitanten vraagt om een DPIA.",
        en: "Systematic profiling of applicants calls for a DPIA.",
      },
      sources: [law("GDPR art. 35"), law("AI Act art. 26(9)")],
      evidence: ["document"],
      action: {
        nl: "Voer een DPIA uit en bewaar die bij dit dossier.",
        en: "Carry out a DPIA and keep it with this file.",
      },
    },
  ],
};

const oversight: Section = {
  id: "oversight",
  title: { nl: "Menselijk toezicht en uitleg", en: "Human oversight and explanation" },
  intro: {
    nl: "Een mens moet de uitkomst kunnen begrijpen, erop bedacht zijn die te veel te volgen, en ervan kunnen afwijken. Kandidaten hebben recht op uitleg.",
    en: "A person must be able to understand the output, guard against following it too readily, and depart from it. Candidates have a right to an explanation.",
  },
  questions: [
    {
      id: "oversight-interpret",
      kind: "duty",
      text: {
        nl: "Kunnen de beoordelaars de uitkomst van het systeem juist lezen, inclusief de grenzen ervan?",
        en: "Can the reviewers read the system's output correctly, including its limits?",
      },
      help: {
        nl: "Bijvoorbeeld: weten zij wat een score betekent, hoe zeker die is en voor welke groepen het systeem minder goed werkt?",
        en: "For example: do they know what a score means, how certain it is and for which groups the system works less well?",
      },
      sources: [law("AI Act art. 14(4)(a) and (c)")],
      action: {
        nl: "Geef beoordelaars uitleg over de uitkomst en de bekende grenzen.",
        en: "Brief reviewers on the output and its known limits.",
      },
    },
    {
      id: "oversight-automation-bias",
      kind: "duty",
      text: {
        nl: "Zijn beoordelaars erop gewezen dat mensen geneigd zijn een systeem te volgen (automation bias), en wordt bijgehouden hoe vaak zij afwijken?",
        en: "Have reviewers been made aware that people tend to follow a system (automation bias), and is it tracked how often they depart from it?",
      },
      help: {
        nl: "Een beoordelaar die nooit afwijkt, houdt geen toezicht. Het besluitenlogboek toont afwijkingen met hun reden.",
        en: "A reviewer who never departs is not overseeing. The decision log shows departures with their reasons.",
      },
      sources: [law("AI Act art. 14(4)(b)")],
      evidence: ["decision-log"],
      action: {
        nl: "Bespreek automation bias met de beoordelaars en volg het aandeel afwijkingen.",
        en: "Discuss automation bias with reviewers and follow the share of departures.",
      },
    },
    {
      id: "oversight-override",
      kind: "duty",
      text: {
        nl: "Kunnen beoordelaars een uitkomst negeren, overrulen of terugdraaien, en het systeem stilzetten?",
        en: "Can reviewers disregard, override or reverse an output, and stop the system?",
      },
      help: {
        nl: "Leg vast dat een afwijking met een reden wordt vastgelegd, en wie het systeem kan stilzetten.",
        en: "Record that a departure is logged with a reason, and who can stop the system.",
      },
      sources: [law("AI Act art. 14(4)(d) and (e)")],
      action: {
        nl: "Regel en test de mogelijkheid tot overrulen en stilzetten.",
        en: "Arrange and test overriding and stopping.",
      },
    },
    {
      id: "oversight-no-sole-automation",
      kind: "duty",
      text: {
        nl: "Wordt geen kandidaat uitsluitend automatisch afgewezen, tenzij op een gepubliceerde, controleerbare eis met een wettelijke grondslag, en kan een kandidaat altijd om een menselijke beoordeling vragen?",
        en: "Is no candidate rejected solely automatically, unless on a published, checkable requirement with a legal basis, and can a candidate always ask for a human review?",
      },
      help: {
        nl: "Een automatische afwijzing met grote gevolgen mag alleen met een grondslag uit de AVG, en met het recht op menselijke tussenkomst en bezwaar. Een beslissende score telt ook als besluit (HvJ EU, C-634/21 SCHUFA).",
        en: "An automatic rejection with significant effects is only allowed on a GDPR basis, with the right to human intervention and to contest. A decisive score counts as a decision too (CJEU, C-634/21 SCHUFA).",
      },
      sources: [law("GDPR art. 22"), law("CJEU C-634/21 (SCHUFA), 7 December 2023")],
      action: {
        nl: "Laat elke afwijzing door een mens bevestigen, of leg de grondslag en het bezwaarkanaal vast.",
        en: "Have every rejection confirmed by a person, or record the legal basis and the objection channel.",
      },
    },
    {
      id: "oversight-explanation",
      kind: "duty",
      text: {
        nl: "Kunt u een afgewezen kandidaat binnen een maand duidelijk uitleggen welke rol het systeem speelde, welke gegevens zijn gebruikt en wat de uitkomst had veranderd?",
        en: "Can you explain clearly, within a month, to a rejected candidate what role the system played, which data were used and what would have changed the outcome?",
      },
      help: {
        nl: "Een formule overhandigen is niet genoeg: de uitleg moet de procedure en de beginselen beschrijven die werkelijk zijn toegepast (HvJ EU, C-203/22 Dun & Bradstreet Austria, 27 februari 2025). De uitlegbrief van Aware is zo opgezet.",
        en: "Handing over a formula is not enough: the explanation must describe the procedure and principles actually applied (CJEU, C-203/22 Dun & Bradstreet Austria, 27 February 2025). Aware's explanation letter is built that way.",
      },
      sources: [law("AI Act art. 86"), law("GDPR art. 15(1)(h) and art. 12(3)"), law("CJEU C-203/22")],
      evidence: ["decision-log", "document"],
      action: {
        nl: "Richt een werkwijze in om uitleg te geven, met een voorbeeldbrief.",
        en: "Set up a way to give explanations, with a sample letter.",
      },
    },
    {
      id: "oversight-literacy",
      kind: "duty",
      text: {
        nl: "Hebben de mensen die met het systeem werken voldoende kennis van AI voor hun taak (AI-geletterdheid)?",
        en: "Do the people working with the system have enough AI knowledge for their task (AI literacy)?",
      },
      help: {
        nl: "Deze plicht geldt sinds 2 februari 2025 voor iedereen die AI-systemen inzet.",
        en: "This duty has applied since 2 February 2025 to everyone using AI systems.",
      },
      sources: [law("AI Act art. 4")],
      action: {
        nl: "Organiseer een training en leg vast wie die volgde.",
        en: "Organise training and record who took it.",
      },
    },
  ],
};

const vendor: Section = {
  id: "vendor",
  title: { nl: "Vragen aan de leverancier", en: "Questions for the vendor" },
  intro: {
    nl: "De aanbieder moet u informatie geven om het systeem goed te gebruiken. Vraag daar gericht om; zonder deze informatie kunt u uw eigen plichten niet nakomen.",
    en: "The provider must give you the information to use the system properly. Ask for it specifically; without it you cannot meet your own duties.",
  },
  questions: [
    {
      id: "vendor-limits",
      kind: "duty",
      text: {
        nl: "Heeft de leverancier beschreven wat het systeem kan en niet kan, en hoe goed het werkt voor specifieke groepen?",
        en: "Has the vendor described what the system can and cannot do, and how well it performs for specific groups?",
      },
      help: {
        nl: "Vraag naar prestaties per groep, ook voor combinaties van kenmerken (bijvoorbeeld vrouwen met een migratieachtergrond).",
        en: "Ask for performance by group, including combinations of characteristics (for example women with a migration background).",
      },
      sources: [law("AI Act art. 13(3)(b)")],
      evidence: ["document"],
      action: {
        nl: "Vraag de leverancier om prestaties per groep en de bekende beperkingen.",
        en: "Ask the vendor for performance by group and the known limitations.",
      },
    },
    {
      id: "vendor-bias-tests",
      kind: "duty",
      text: {
        nl: "Heeft de leverancier de resultaten van eigen biastesten gedeeld, met methode en gegevens?",
        en: "Has the vendor shared the results of its own bias tests, with method and data?",
      },
      help: {
        nl: "Een bewering 'getest op bias' zonder cijfers is geen bewijs. Controleer zelf met een audit op uw eigen uitkomsten.",
        en: "A claim of 'tested for bias' without figures is no evidence. Check for yourself with an audit of your own outcomes.",
      },
      sources: [law("AI Act art. 10(2)(f) and (g)"), law("AI Act art. 13(3)(b)(v)")],
      evidence: ["document", "audit"],
      action: {
        nl: "Vraag om de biastesten en vergelijk ze met een audit op uw eigen gegevens.",
        en: "Ask for the bias tests and compare them with an audit of your own data.",
      },
    },
    {
      id: "vendor-interpretation",
      kind: "duty",
      text: {
        nl: "Legt de leverancier uit hoe u de uitkomst moet lezen, welke invoer het systeem verwacht en welke toezichtsmaatregelen erbij horen?",
        en: "Does the vendor explain how to read the output, what input the system expects, and which oversight measures belong with it?",
      },
      help: {
        nl: "Zonder deze uitleg kunnen beoordelaars niet verantwoord afwijken.",
        en: "Without this explanation reviewers cannot depart responsibly.",
      },
      sources: [law("AI Act art. 13(3)(b)(vi)–(vii) and 13(3)(d)")],
      evidence: ["document"],
      action: {
        nl: "Vraag om uitleg bij de uitkomst en de invoer.",
        en: "Ask for an explanation of the output and the input.",
      },
    },
    {
      id: "vendor-logging",
      kind: "duty",
      text: {
        nl: "Beschrijft de leverancier welke gebeurtenissen het systeem vastlegt en hoe u die logboeken verzamelt en leest?",
        en: "Does the vendor describe which events the system records and how you collect and read those logs?",
      },
      help: {
        nl: "Nodig voor uw eigen bewaarplicht en om uitleg te kunnen geven.",
        en: "Needed for your own duty to keep logs and to give explanations.",
      },
      sources: [law("AI Act art. 12 and 13(3)(f)")],
      evidence: ["document"],
      action: {
        nl: "Vraag de leverancier naar de logboekfunctie.",
        en: "Ask the vendor about the logging function.",
      },
    },
  ],
};

const data: Section = {
  id: "data",
  title: { nl: "Persoonsgegevens", en: "Personal data" },
  intro: {
    nl: "De AVG geldt nu al, naast de AI-verordening.",
    en: "The GDPR applies today, alongside the AI Act.",
  },
  questions: [
    {
      id: "data-lawful-basis",
      kind: "duty",
      text: {
        nl: "Heeft u voor elke verwerking van sollicitantgegevens een grondslag vastgelegd, en verwerkt u niet meer gegevens dan nodig?",
        en: "Have you recorded a lawful basis for every processing of applicant data, and do you process no more data than needed?",
      },
      help: {
        nl: "Dataminimalisatie: vraag alleen wat de functie-eisen nodig hebben.",
        en: "Data minimisation: ask only what the job requirements need.",
      },
      sources: [law("GDPR art. 5(1)(c) and art. 6")],
      action: {
        nl: "Leg per gegeven de grondslag vast en schrap wat niet nodig is.",
        en: "Record the basis per item and drop what is not needed.",
      },
    },
    {
      id: "data-retention",
      kind: "duty",
      text: {
        nl: "Zijn er bewaartermijnen voor sollicitatiegegevens, en worden gegevens daarna verwijderd?",
        en: "Are there retention periods for application data, and is data deleted afterwards?",
      },
      help: {
        nl: "Gebruikelijk in Nederland is enkele weken na de procedure, of langer met toestemming; weeg dit af tegen de bewaarplicht voor logboeken.",
        en: "Common practice in the Netherlands is a few weeks after the procedure, or longer with consent; balance this against the duty to keep logs.",
      },
      sources: [law("GDPR art. 5(1)(e)"), practice("NVP Sollicitatiecode (to verify)")],
      action: {
        nl: "Stel bewaartermijnen vast en richt het verwijderen in.",
        en: "Set retention periods and arrange deletion.",
      },
    },
    {
      id: "data-special-categories",
      kind: "duty",
      text: {
        nl: "Als u gegevens over afkomst, gezondheid of andere bijzondere kenmerken verwerkt (bijvoorbeeld om bias te meten): is dat vrijwillig, gescheiden van de beoordeling en met een grondslag?",
        en: "If you process data on origin, health or other special characteristics (for example to measure bias): is it voluntary, kept apart from the assessment and lawfully based?",
      },
      help: {
        nl: "Bijzondere persoonsgegevens zijn in beginsel verboden; uitzonderingen zijn smal. Een vrijwillige, gescheiden monitoringsvragenlijst of een analyse zonder deze gegevens (zoals de ontdekking van benadeelde groepen in Aware) zijn veiliger routes.",
        en: "Special-category data is prohibited in principle; exceptions are narrow. A voluntary, separate monitoring questionnaire, or an analysis without such data (like Aware's discovery of disadvantaged groups), are safer routes.",
      },
      sources: [law("GDPR art. 9"), law("UAVG art. 22–25")],
      action: {
        nl: "Leg de grondslag vast, of kies een route zonder bijzondere gegevens.",
        en: "Record the basis, or choose a route without special-category data.",
      },
    },
  ],
};

const rights: Section = {
  id: "rights",
  title: { nl: "Grondrechten (opbouw van de IAMA)", en: "Fundamental rights (IAMA structure)" },
  intro: {
    nl: "Verplicht voor overheden en aanbieders van openbare diensten (AI-verordening art. 27); voor andere werkgevers goede praktijk. De vragen volgen de opbouw van de Impact Assessment Mensenrechten en Algoritmes: waarom, wat, hoe, en de afweging van grondrechten.",
    en: "Required for public bodies and providers of public services (AI Act art. 27); good practice for other employers. The questions follow the structure of the Dutch Impact Assessment for Human Rights and Algorithms (IAMA): why, what, how, and the weighing of fundamental rights.",
  },
  questions: [
    {
      id: "rights-why",
      kind: "text",
      text: {
        nl: "Waarom wilt u het systeem gebruiken: welk probleem lost het op, welk doel dient het, en welke waarden staan op het spel?",
        en: "Why do you want to use the system: what problem does it solve, what aim does it serve, and which values are at stake?",
      },
      help: {
        nl: "Beschrijf het doel zo concreet dat u later kunt nagaan of het is bereikt.",
        en: "Describe the aim concretely enough to check later whether it was reached.",
      },
      sources: [practice("IAMA part 1 (why)"), law("AI Act art. 27(1)(a)")],
      action: { nl: "Beschrijf het doel.", en: "Describe the aim." },
    },
    {
      id: "rights-what",
      kind: "text",
      text: {
        nl: "Welke gegevens gebruikt het systeem, hoe werkt het in grote lijnen, en hoe vaak en hoe lang wordt het gebruikt?",
        en: "Which data does the system use, how does it work in outline, and how often and for how long is it used?",
      },
      help: {
        nl: "Noem de bronnen, de kwaliteit en bekende vertekeningen in de gegevens.",
        en: "Name the sources, the quality and known biases in the data.",
      },
      sources: [practice("IAMA part 2 (what)"), law("AI Act art. 27(1)(b)")],
      action: { nl: "Beschrijf gegevens en werking.", en: "Describe data and workings." },
    },
    {
      id: "rights-who",
      kind: "text",
      text: {
        nl: "Welke groepen mensen raakt het systeem, en welke groepen lopen een bijzonder risico op benadeling?",
        en: "Which groups of people does the system affect, and which groups run a particular risk of disadvantage?",
      },
      help: {
        nl: "Denk aan geslacht, leeftijd, afkomst, handicap of chronische ziekte, en aan combinaties daarvan.",
        en: "Think of sex, age, origin, disability or chronic illness, and combinations of these.",
      },
      sources: [law("AI Act art. 27(1)(c)–(d)"), practice("Algoritmekader: kwetsbare groepen")],
      action: { nl: "Benoem de groepen.", en: "Name the groups." },
    },
    {
      id: "rights-how",
      kind: "text",
      text: {
        nl: "Hoe wordt de uitkomst gebruikt: welke rol heeft de mens, hoe wordt het gecommuniceerd, en hoe wordt het geëvalueerd?",
        en: "How is the output used: what is the person's role, how is it communicated, and how is it evaluated?",
      },
      help: {
        nl: "Beschrijf ook klacht- en bezwaarmogelijkheden.",
        en: "Also describe complaint and objection routes.",
      },
      sources: [practice("IAMA part 3 (how)"), law("AI Act art. 27(1)(e)–(f)")],
      action: { nl: "Beschrijf het gebruik.", en: "Describe the use." },
    },
    {
      id: "rights-weighing",
      kind: "text",
      text: {
        nl: "Welk grondrecht (vooral gelijke behandeling) kan worden geraakt, hoe ernstig, en is het gebruik geschikt, noodzakelijk en evenredig, zonder minder ingrijpend alternatief?",
        en: "Which fundamental right (above all equal treatment) may be affected, how severely, and is the use suitable, necessary and proportionate, with no less intrusive alternative?",
      },
      help: {
        nl: "Dit volgt het stappenplan grondrechten van de IAMA: recht, wetgeving, ernst, legitiem doel, geschiktheid, noodzakelijkheid en subsidiariteit, evenredigheid, en maatregelen.",
        en: "This follows the IAMA's fundamental-rights roadmap: right, legislation, severity, legitimate aim, suitability, necessity and subsidiarity, proportionality, and measures.",
      },
      sources: [practice("IAMA part 4 (fundamental rights roadmap)")],
      action: { nl: "Maak de afweging en leg die vast.", en: "Make the weighing and record it." },
    },
  ],
};

const bias: Section = {
  id: "bias",
  title: { nl: "Biasanalyse", en: "Bias analysis" },
  intro: {
    nl: "De stappen van de biasanalyse uit het Algoritmekader van de Rijksoverheid, toegepast op werving en selectie.",
    en: "The steps of the bias analysis in the Dutch government's Algoritmekader, applied to recruitment and selection.",
  },
  questions: [
    {
      id: "bias-direct",
      kind: "duty",
      text: {
        nl: "Heeft u gecontroleerd dat geen enkele invoer of eis direct onderscheid maakt naar een beschermd kenmerk?",
        en: "Have you checked that no input or requirement distinguishes directly by a protected characteristic?",
      },
      help: {
        nl: "De vacaturecheck en de controle van vacature-eisen in Aware weigeren zulke criteria.",
        en: "Aware's vacancy check and the check of vacancy requirements refuse such criteria.",
      },
      sources: [law("AWGB art. 5; WGBL art. 3; WGBH/CZ art. 4"), practice("Algoritmekader 5-ver-03, step 1")],
      evidence: ["vacancy-check"],
      action: {
        nl: "Loop invoer en eisen na op direct onderscheid.",
        en: "Review inputs and requirements for direct distinctions.",
      },
    },
    {
      id: "bias-definition",
      kind: "duty",
      text: {
        nl: "Heeft u met betrokkenen vastgesteld wat u onder ongelijke behandeling verstaat (gelijke uitkomsten of gelijke foutkansen) en met welke maat u dat meet?",
        en: "Have you decided with stakeholders what counts as unequal treatment (equal outcomes or equal error rates) and which measure you use?",
      },
      help: {
        nl: "Bijvoorbeeld de verhouding van selectiekansen (de vier-vijfde-regel) met een significantietoets.",
        en: "For example the ratio of selection rates (the four-fifths rule) with a significance test.",
      },
      sources: [practice("Algoritmekader 5-ver-03, step 1(2)")],
      action: {
        nl: "Leg de gekozen maat en de reden vast.",
        en: "Record the chosen measure and why.",
      },
    },
    {
      id: "bias-measured",
      kind: "duty",
      text: {
        nl: "Heeft u de verschillen tussen groepen gemeten, met hun significantie, ook op tussenstappen en voor combinaties van kenmerken?",
        en: "Have you measured the differences between groups, with their significance, also per stage and for combinations of characteristics?",
      },
      help: {
        nl: "Koppel hier een audit van uw selectie, of een ontdekking van benadeelde groepen als u geen groepsgegevens heeft.",
        en: "Link an audit of your selection here, or a discovery of disadvantaged groups if you hold no group data.",
      },
      sources: [practice("Algoritmekader 5-ver-03, step 1(4)")],
      evidence: ["audit", "discovery"],
      action: {
        nl: "Voer een audit uit (of een ontdekking zonder groepsgegevens) en koppel die.",
        en: "Run an audit (or a discovery without group data) and link it.",
      },
    },
    {
      id: "bias-cause",
      kind: "duty",
      text: {
        nl: "Heeft u bij gevonden verschillen de oorzaak onderzocht: de gegevens, het systeem, of de menselijke stap?",
        en: "Where differences were found, have you looked for the cause: the data, the system, or the human step?",
      },
      help: {
        nl: "Een audit per beslisser laat zien of de regels of de mensen het verschil maken.",
        en: "An audit per decider shows whether the rules or the people make the difference.",
      },
      sources: [practice("Algoritmekader 5-ver-03, step 1(5)")],
      evidence: ["audit", "decision-log"],
      action: {
        nl: "Onderzoek de oorzaak en leg die vast.",
        en: "Investigate the cause and record it.",
      },
    },
    {
      id: "bias-justification",
      kind: "duty",
      text: {
        nl: "Heeft u voor elk overgebleven verschil getoetst of het objectief gerechtvaardigd is (legitiem doel, passend en noodzakelijk middel), en zo niet, maatregelen genomen?",
        en: "For every remaining difference, have you tested whether it is objectively justified (legitimate aim, appropriate and necessary means), and if not, taken measures?",
      },
      help: {
        nl: "Indirect onderscheid is alleen toegestaan met een objectieve rechtvaardiging.",
        en: "Indirect distinction is only allowed with an objective justification.",
      },
      sources: [law("AWGB art. 2(1)"), practice("Algoritmekader 5-ver-03, steps 2–3")],
      action: {
        nl: "Toets de rechtvaardiging en neem maatregelen waar die ontbreekt.",
        en: "Test the justification and take measures where it is lacking.",
      },
    },
  ],
};

export const ASSESSMENT_QUESTIONNAIRE: Questionnaire = {
  version: "assessment/1",
  sections: [classification, prohibited, deployer, oversight, vendor, data, rights, bias],
};

/** Every question by id. */
export const QUESTIONS_BY_ID: ReadonlyMap<string, Question> = new Map(
  ASSESSMENT_QUESTIONNAIRE.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)),
);
