import type { wordingEn } from "./wording-en.ts";

/** Dutch texts of the vacancy text check (features/wording). */
export const wordingNl: Record<keyof typeof wordingEn, string> = {
  "nav.wording": "Vacaturetekstcheck",
  "wording.title": "Vacaturetekstcheck",
  "wording.intro":
    "Plak een vacaturetekst (Nederlands of Engels) of open een tekstbestand. Aware markeert formuleringen die mensen ervan kunnen weerhouden te solliciteren: genderbeladen woorden, leeftijd, eisen als moedertaal of accentloos, validistische formuleringen, functienamen met een geslacht, lange eisenlijsten, ontbrekende salarisinformatie en een ontbrekende zin over aanpassingen. Bij elke bevinding staat waarom (de wet of het onderzoek) en een neutrale herschrijving. De tekst blijft in uw browser.",
  "wording.textLabel": "Vacaturetekst",
  "wording.textHint": "De controle loopt terwijl u typt. Er gaat niets naar een server.",
  "wording.fileLabel": "Of open een tekstbestand (.txt)",
  "wording.fileTooLarge": "{{name}} is groter dan 1 MB. Open de vacaturetekst zelf, als platte tekst.",
  "wording.fileNotText":
    "{{name}} is geen tekstbestand. Sla de vacature op als platte tekst (.txt) en open die.",
  "wording.fileOpened": "{{name}} geopend.",
  "wording.language": "Taal van de tekst",
  "wording.language.auto": "Herkennen",
  "wording.language.nl": "Nederlands",
  "wording.language.en": "Engels",
  "wording.languageUndefined": "niet vastgesteld",
  "wording.languageFound": "Taal: {{language}}.",
  "wording.empty": "Plak of open een vacaturetekst om die te controleren.",
  "wording.summary": "Samenvatting",
  "wording.summaryCaption": "Bevindingen en score per categorie",
  "wording.category": "Categorie",
  "wording.count": "Bevindingen",
  "wording.score": "Score",
  "wording.scoreNote":
    "100 betekent niets gevonden. Een ontbrekende salarisschaal of zin over aanpassingen scoort 0; elke bevinding op grond van de wet kost 25 punten, van een richtlijn 15, van onderzoek 10. Bevindingen uit onderzoek zijn hints, geen wetsovertredingen.",
  "wording.marked": "De tekst, gemarkeerd",
  "wording.markedAs": "gemarkeerd: {{categories}}",
  "wording.findings": "Bevindingen ({{count}})",
  "wording.none": "Geen bevindingen: niets in deze tekst houdt mensen voor zover bekend van solliciteren af.",
  "wording.showInText": "Toon in de tekst",
  "wording.missing": "ontbreekt in de tekst",
  "wording.advice": "Advies:",
  "wording.acceptReplace": "Gebruik de herschrijving",
  "wording.acceptAdd": "Voeg toe",
  "wording.noRewrite": "Geen automatische herschrijving: dit vraagt uw eigen woorden.",
  "wording.apply": "Pas de gekozen herschrijvingen toe ({{count}})",
  "wording.applied": "{{applied}} herschrijvingen toegepast. De tekst is opnieuw gecontroleerd.",
  "wording.appliedSome":
    "{{applied}} herschrijvingen toegepast; {{skipped}} konden niet worden toegepast omdat ze overlappen of de tekst veranderde.",
  "wording.copy": "Kopieer de tekst",
  "wording.copied": "De tekst is gekopieerd.",
  "wording.copyManually":
    "De browser stond kopiëren niet toe: de tekst is geselecteerd, druk op Ctrl+C (of ⌘C).",
};
