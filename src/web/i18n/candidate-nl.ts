import type { candidateEn } from "./candidate-en.ts";

/** Nederlandse teksten van de pagina's voor kandidaten; dezelfde sleutels als candidate-en.ts. */
export const candidateNl: Record<keyof typeof candidateEn, string> = {
  "form.required": "(verplicht)",
  "form.choose": "— kies —",
  "form.other": "Ander antwoord…",
  "form.otherAnswer": "{{label}}: uw antwoord",
  "form.listMore": "Meer (scheid met ;)",
  "answer.yes": "Ja",
  "answer.no": "Nee",
  "answer.noLevel": "geen",

  "apply.title": "Solliciteren",
  "apply.intro": "Een sollicitatie bij {{organisation}}.",
  "apply.notOpen":
    "Op deze vacature kan niet (meer) worden gesolliciteerd: ze is misschien gesloten, of de link is onvolledig. Vraag de werkgever om de juiste link.",
  "apply.assessment": "Hoe uw sollicitatie wordt beoordeeld",
  "apply.assessmentIntro":
    "Elke sollicitatie wordt beoordeeld met dezelfde gepubliceerde regels hieronder. Het systeem geeft een advies; een mens neemt elk besluit, behalve een automatische afwijzing als een sollicitatie duidelijk niet aan een eis voldoet. U kunt om uitleg van elk besluit vragen.",
  "apply.requirements": "Eisen",
  "apply.requirementsIntro":
    "Een sollicitatie die duidelijk niet aan een van deze eisen voldoet, wordt automatisch afgewezen.",
  "apply.why": "Waarom:",
  "apply.criteria": "Wat meetelt",
  "apply.niceToHaves": "Wat ook meetelt (pluspunten)",
  "apply.points": "{{points}} punten",
  "apply.maxScore": "In totaal hoogstens {{points}} punten.",
  "apply.neverUsed":
    "Uw leeftijd, geslacht, herkomst, godsdienst, beperking en andere beschermde kenmerken worden op dit formulier niet gevraagd en nooit gebruikt om u te beoordelen.",
  "apply.monitoringLater":
    "Na het solliciteren kunt u een paar van zulke vragen vrijwillig beantwoorden, alleen om na te gaan of de selectie iedereen eerlijk behandelt. De mensen die u beoordelen zien die antwoorden nooit.",
  "apply.preference": "Voorkeursbeleid",
  "apply.preferenceTieOnly":
    "Het telt alleen tussen kandidaten die even geschikt zijn: het geeft nooit extra punten en passeert nooit een betere kandidaat.",
  "apply.formTitle": "Uw sollicitatie",
  "apply.formIntro":
    "Vragen met ‘(verplicht)’ moeten worden beantwoord; een eerlijk ‘nee’ is ook een antwoord.",
  "apply.problems": "Controleer het volgende:",
  "apply.aboutYou": "Over u",
  "apply.name": "Uw naam",
  "apply.email": "E-mailadres (optioneel)",
  "apply.emailHint": "Alleen om contact met u op te nemen over deze sollicitatie.",
  "apply.questions": "Vragen over de functie",
  "apply.preferenceClaim": "Ik vraag om onder het voorkeursbeleid voor {{group}} te vallen",
  "apply.preferenceClaimHint":
    "Optioneel. Het telt alleen als uw sollicitatie precies even geschikt is als een andere; niemand ziet dit bij het scoren.",
  "apply.privacy":
    "Ik ga ermee akkoord dat {{organisation}} mijn sollicitatie verwerkt om haar voor deze vacature te beoordelen, zoals hierboven beschreven",
  "apply.privacyHint":
    "Uw antwoorden worden alleen gebruikt om deze sollicitatie te beoordelen, met de regels hierboven.",
  "apply.privacyRequired":
    "Ga akkoord met de verwerking van uw sollicitatie, anders kunnen we haar niet ontvangen.",
  "apply.submit": "Sollicitatie versturen",
  "apply.received": "Uw sollicitatie is ontvangen",
  "apply.reference": "Uw kenmerk: {{reference}}.",
  "apply.statusLink": "Uw statuspagina",
  "apply.keepLink":
    "Bewaar deze link: hij wordt maar één keer getoond. Op uw statuspagina volgt u uw sollicitatie, leest u de uitleg van het besluit en kunt u uw monitoringsantwoorden intrekken.",
  "apply.openStatus": "Mijn statuspagina openen",

  "monitoring.title": "Optioneel: help ons na te gaan of onze selectie eerlijk is",
  "monitoring.voluntary":
    "Deze vragen zijn vrijwillig. Uw sollicitatie wordt precies hetzelfde beoordeeld, of u ze nu beantwoordt of niet.",
  "monitoring.point.purpose":
    "De antwoorden worden alleen gebruikt om na te gaan of de selectie groepen kandidaten eerlijk behandelt.",
  "monitoring.point.apart":
    "Ze worden apart van uw sollicitatie bewaard en nooit gezien door de mensen die u beoordelen.",
  "monitoring.point.aggregate":
    "Ze worden alleen in totalen geteld; kleine groepen worden verborgen, zodat niemand herkenbaar is.",
  "monitoring.point.retention": "Ze worden na {{days}} dagen verwijderd.",
  "monitoring.point.retentionUnknown":
    "Ze worden verwijderd na de termijn die de werkgever voor deze vacature heeft ingesteld.",
  "monitoring.point.withdraw":
    "U kunt ze op elk moment intrekken op uw statuspagina; ze worden dan meteen verwijderd.",
  "monitoring.q.gender": "Geslacht",
  "monitoring.q.ageBand": "Leeftijd",
  "monitoring.q.migrationBackground": "Migratieachtergrond",
  "monitoring.q.disability": "Heeft u een beperking of chronische ziekte?",
  "monitoring.noAnswer": "Zeg ik liever niet",
  "monitoring.a.gender.woman": "Vrouw",
  "monitoring.a.gender.man": "Man",
  "monitoring.a.gender.non-binary": "Non-binair",
  "monitoring.a.gender.other": "Anders",
  "monitoring.a.ageBand.under-25": "Jonger dan 25",
  "monitoring.a.ageBand.25-34": "25 tot en met 34",
  "monitoring.a.ageBand.35-44": "35 tot en met 44",
  "monitoring.a.ageBand.45-54": "45 tot en met 54",
  "monitoring.a.ageBand.55-plus": "55 of ouder",
  "monitoring.a.migrationBackground.none": "Geen",
  "monitoring.a.migrationBackground.western": "Westers",
  "monitoring.a.migrationBackground.non-western": "Niet-westers",
  "monitoring.a.disability.no": "Nee",
  "monitoring.a.disability.yes": "Ja",
  "monitoring.consent": "Ik geef deze antwoorden met toestemming voor dit doel",
  "monitoring.consentRequired": "Vink het vakje aan om toestemming te geven, of sla de vragenlijst over.",
  "monitoring.send": "Mijn antwoorden versturen",
  "monitoring.skip": "Vragenlijst overslaan",
  "monitoring.thanks":
    "Dank u. Uw antwoorden worden apart van uw sollicitatie bewaard en na {{days}} dagen verwijderd; u kunt ze intrekken op uw statuspagina.",
  "monitoring.skipped": "Er zijn geen monitoringsantwoorden bewaard.",

  "status.title": "Uw sollicitatie",
  "status.unknown":
    "Er is geen sollicitatie bij deze link. Controleer of u de hele link hebt gekopieerd die u na het solliciteren kreeg.",
  "status.vacancy": "Vacature",
  "status.reference": "Kenmerk",
  "status.submitted": "Verstuurd op",
  "status.state": "Status",
  "status.state.received": "Ontvangen: uw sollicitatie wordt beoordeeld.",
  "status.state.decided": "Besloten: er is een besluit over uw sollicitatie genomen.",
  "status.letter": "Uitleg van het besluit",
  "status.letterSent": "Verstuurd op {{date}}, {{language}}:",
  "status.letterIn.nl": "in het Nederlands",
  "status.letterIn.en": "in het Engels",
  "status.letterFrame": "Uitlegbrief",
  "status.noLetter":
    "Er is nog geen uitlegbrief. Die verschijnt hier zodra de werkgever hem heeft verstuurd.",
  "status.monitoring": "Monitoringsantwoorden",
  "status.monitoringStored": "Uw monitoringsantwoorden worden bewaard tot {{date}}.",
  "status.monitoringNone": "U hebt geen monitoringsantwoorden gegeven.",
  "status.monitoringSaved": "Uw antwoorden zijn bewaard.",
  "status.withdraw": "Mijn monitoringsantwoorden intrekken",
  "status.withdrawn": "Uw monitoringsantwoorden zijn verwijderd.",
};
