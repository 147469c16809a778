import type { MessageKey } from "./messages-en.ts";

/** Nederlandse teksten van de auditrapporten en foutmeldingen. Plaatshouders zijn {naam}. */
export const messagesNl: Record<MessageKey, string> = {
  "report.title": "Selectie-audit",
  "report.rows": "{rows} rijen",
  "report.overall": "Totaal: {selected} van {n} geselecteerd ({rate})",
  "report.median": "Mediane score van alle {scored} rijen met een score: {median}",
  "report.stages": "Fasen, van eerste tot laatste: {stages}",
  "report.period": "Beslissingen van {first} tot en met {last}",
  "report.grouping": "Indeling: {attributes}",
  "report.unknown": "{count} kandidaten met een onbekende waarde, buiten beschouwing",
  "report.reference": "Referentiegroep: {reference} ({rule})",
  "report.reference.none": "Geen referentiegroep: {reason}",
  "report.rule.most-selected": "meest geselecteerd",
  "report.rule.named": "door u gekozen",
  "report.rule.none": "geen",
  "report.excluded": "Uitgesloten van impact ratio's: {group}, {share} van de kandidaten",
  "report.chiSquare": "Chi-kwadraat over alle getoonde groepen: {statistic}, vg {df}, p {p}",
  "report.findings":
    "{below} van {comparisons} vergelijkingen onder vier-vijfde; {significant} significant na Holm-correctie; {both} allebei",
  "report.provenance": "Invoer {input} (SHA-256 {sha}), Aware {version}, {generatedAt}",
  "report.legend":
    "IR = impact ratio ten opzichte van de referentiegroep (95%-BI). <0,8 = onder de vuistregel van vier-vijfde. p = exacte toets van Fisher, tweezijdig; p(Holm) = gecorrigeerd over alle vergelijkingen. Tekort = verwachte min werkelijke selecties bij het gezamenlijke percentage.",
  "chart.impactRatios":
    "Impact ratio van elke vergeleken groep ten opzichte van de referentie (punt) met het 95%-betrouwbaarheidsinterval (lijn); gestippeld: de vier-vijfdegrens bij 0,8.",
  "col.group": "Groep",
  "col.n": "n",
  "col.selected": "Geselecteerd",
  "col.rate": "Percentage",
  "col.rateCi": "95%-BI percentage",
  "col.ir": "IR",
  "col.irCi": "95%-BI IR",
  "col.flag": "4/5",
  "col.fisher": "p",
  "col.midP": "mid-p",
  "col.z": "z",
  "col.zP": "p(z)",
  "col.holm": "p(Holm)",
  "col.bh": "p(BH)",
  "col.shortfall": "Tekort",
  "col.flip": "1-persoon",
  "col.oddsRatio": "OR",
  "col.cohensH": "h",
  "col.scoringRate": "Scorepercentage",
  "col.scoringIr": "Score-IR",
  "col.smd": "SMD (d)",
  "col.status": "Status",
  "col.stage": "Fase",
  "col.gapStage": "Verschil ontstaat bij",
  "col.cmh": "CMH p",
  "col.cut": "Grensscore",
  "col.minIr": "Laagste IR",
  "flag.below": "<0,8",
  "flag.significant": "significant",
  "flag.reference": "referentie",
  "flag.yes": "ja",
  "flag.no": "nee",
  "status.ok": "ok",
  "status.suppressed": "onderdrukt",
  "status.excluded": "uitgesloten",
  "status.undefined": "onbepaald",
  "section.selection": "Selectiepercentages en impact ratio's",
  "section.scoring": "Scores",
  "section.errorRates": "Foutpercentages ten opzichte van het label",
  "section.funnel": "Trechter per fase",
  "section.strata": "Binnen vacatures (Cochran–Mantel–Haenszel)",
  "section.cutCurve": "Impact ratio bij verschillende grensscores",
  "section.warnings": "Waarschuwingen",
  "section.summary": "Samenvatting",
  "summary.none":
    "Geen enkele groep komt onder vier-vijfde van het selectiepercentage van de referentiegroep, en geen verschil is statistisch significant na correctie.",
  "summary.belowSignificant":
    "{group} ({grouping}) wordt {ir} keer zo vaak geselecteerd als {reference}: onder vier-vijfde, en statistisch significant (Holm-gecorrigeerde p = {p}).",
  "summary.belowOnly":
    "{group} ({grouping}) wordt {ir} keer zo vaak geselecteerd als {reference}: onder vier-vijfde, maar niet statistisch significant (Holm-gecorrigeerde p = {p}); de aantallen zijn mogelijk te klein om het te zeggen.",
  "summary.significantOnly":
    "{group} ({grouping}) wordt {ir} keer zo vaak geselecteerd als {reference}: boven vier-vijfde, maar het verschil is statistisch significant (Holm-gecorrigeerde p = {p}).",
  "summary.thin":
    "{grouping}: {count} groepen te klein om te tonen (minder dan {minGroup} kandidaten, of verborgen zodat ze niet af te leiden zijn).",
  "warning.unknown-values":
    "{grouping}: {count} kandidaten hebben een onbekende waarde en tellen in deze indeling niet mee.",
  "warning.groups-suppressed": "{grouping}: {count} groepen onderdrukt (minimale groepsgrootte {minGroup}).",
  "warning.no-reference": "{grouping}: geen groep is groot genoeg als referentie; geen impact ratio's.",
  "warning.reference-without-selections":
    "{grouping}: de referentiegroep heeft geen selecties; impact ratio's zijn onbepaald.",
  "warning.reference-not-found":
    "{grouping}: de gekozen referentie {reference} komt niet voor; de meest geselecteerde groep wordt gebruikt.",
  "warning.reference-not-eligible":
    "{grouping}: de gekozen referentie {reference} is onderdrukt of uitgesloten; de meest geselecteerde groep wordt gebruikt.",
  "warning.small-reference":
    "{grouping}: de meest geselecteerde groep, {reference}, telt maar {n} kandidaten ({share}), dus elke impact ratio hangt af van enkele mensen. Overweeg groepen onder 2 % buiten beschouwing te laten (LL144; --exclude-below 0.02) of kies zelf een referentiegroep (--reference).",
  "warning.simpson":
    "{grouping}: voor {group} wijzen de samengevoegde gegevens en de vergelijking binnen vacatures in tegengestelde richting (paradox van Simpson). Lees het gestratificeerde resultaat.",
  "error.file-not-found": "{source}: bestand niet gevonden. Controleer het pad.",
  "error.file-empty": "{source}: het bestand is leeg. Exporteer het beslissingslogboek opnieuw.",
  "error.no-data-rows": "{source}: het bestand heeft een kopregel maar geen gegevensregels.",
  "error.unsupported-format":
    "{source}: bestandstype niet ondersteund. Gebruik .csv, .tsv, .parquet of .jsonl.",
  "error.missing-column":
    '{source}: er is geen kolom "{column}".{suggestion} Kolommen in het bestand: {available}.',
  "error.missing-column.suggestion": ' Bedoelt u "{suggestion}"?',
  "error.duplicate-column":
    '{source} regel 1: de kolom "{column}" komt twee keer voor. Geef een van beide een andere naam.',
  "error.ragged-row":
    "{source} regel {line}: {expected} velden verwacht, {found} gevonden. Controleer het scheidingsteken en de aanhalingstekens op die regel; getallen met een decimale komma vragen om een bestand met puntkomma's of om aanhalingstekens.",
  "error.unreadable-file": "{source}: het bestand is niet te lezen: {detail}",
  "error.invalid-outcome":
    '{source}{where}: de uitkomstkolom "{column}" bevat de waarde "{value}"{count}. Gebruik 1/0, ja/nee, yes/no of true/false.',
  "error.invalid-label":
    '{source}{where}: de labelkolom "{column}" bevat de waarde "{value}"{count}. Gebruik 1/0, ja/nee, yes/no of true/false, of laat het veld leeg als het onbekend is.',
  "error.invalid-score":
    '{source}{where}: de scorekolom "{column}" bevat de waarde "{value}"{count}, en dat is geen getal. Gebruik cijfers met een decimale punt of komma, zonder scheidingstekens voor duizendtallen.',
  "error.invalid-date":
    '{source}{where}: de datumkolom "{column}" bevat de waarde "{value}"{count}. Schrijf datums als JJJJ-MM-DD of DD-MM-JJJJ.',
  "error.missing-value":
    '{source}{where}: de kolom "{column}" is leeg. Elke rij heeft een waarde voor {column} nodig.',
  "error.duplicate-id":
    '{source}: de id "{value}" in kolom "{column}" komt meer dan eens voor (gegevensrij {row}). Elke kandidaat heeft een eigen id nodig.',
  "error.likely-identifier":
    '{source}: de kolom "{column}" heeft {distinct} verschillende waarden in {rows} rijen; dat lijkt een identificatienummer, geen groep. Kies een andere kolom, of deel de waarden eerst in (bijvoorbeeld leeftijd in klassen).',
  "error.database-error": "{source}: de database weigerde de query: {detail}",
  "error.where.line": " regel {line}",
  "error.count": " ({count} rijen zoals deze)",
  "error.usage": "Gebruiksfout: {detail}",
  "error.vacancy": "{source}: de vacature kan zo niet gebruikt worden:",
  "api.invalid-credentials": "Het e-mailadres of wachtwoord klopt niet.",
  "api.too-many-attempts": "Te veel mislukte pogingen. Wacht {minutes} minuten en probeer het opnieuw.",
  "api.unauthenticated": "Log eerst in.",
  "api.forbidden": "Uw rol staat dit niet toe. Vraag een beheerder van uw organisatie.",
  "api.not-found": "Dit bestaat niet, of het hoort bij een andere organisatie.",
  "api.invalid-input": "Controleer {field}: {detail}",
  "api.csrf":
    "Het verzoek is voor uw veiligheid geweigerd (beveiligingstoken ontbreekt of klopt niet). Laad de pagina opnieuw en probeer het nog eens.",
  "api.email-taken": "Er bestaat al een account met dit e-mailadres.",
  "api.invitation-invalid":
    "Deze uitnodigingslink is niet meer geldig: hij is gebruikt of verlopen. Vraag om een nieuwe.",
  "api.registration-closed": "Deze server heeft al een organisatie. Vraag de beheerder om een uitnodiging.",
  "api.last-admin": "De organisatie heeft minstens één beheerder nodig.",
  "api.upload-too-large": "Het bestand is groter dan de limiet van {limit}.",
  "api.upload-empty": "De upload was leeg. Kies het bestand opnieuw.",
  "api.problem": "{detail}",
  "api.vacancy-invalid":
    "De vacature kan zo niet gebruikt worden: {count} probleem/problemen, elk toegelicht bij de regel waar het om gaat.",
  "api.policy-incomplete":
    "Voorkeursbeleid vraagt om de vastgelegde achterstand die het rechtvaardigt (minstens 20 tekens) en de tekst die bij de vacature wordt gepubliceerd, in het Nederlands en het Engels.",
  "api.vacancy-not-open": "Op deze vacature kan (niet meer) worden gesolliciteerd.",
  "api.privacy-required": "Bevestig dat u hebt gelezen hoe uw sollicitatie wordt verwerkt.",
  "api.consent-required":
    "De monitoringsvragenlijst is vrijwillig; antwoorden worden alleen met uw toestemming bewaard. Vink de toestemming aan of sla de vragenlijst over.",
  "api.monitoring-off": "Deze vacature heeft geen monitoringsvragenlijst.",
  "api.reason-required":
    "Dit besluit wijkt af van de aanbeveling van het systeem ({recommendation}). Schrijf op waarom, in minstens 10 tekens.",
  "api.policy-off":
    "Voor deze vacature staat geen voorkeursbeleid aan, dus het kan geen gelijke stand beslechten.",
  "api.not-a-tie":
    "Deze kandidaten zijn niet even geschikt (scores {scores}); voorkeursbeleid mag alleen beslissen tussen kandidaten met dezelfde score, van wie niemand is afgewezen op een knock-outeis of al een besluit heeft.",
  "api.not-decided": "Leg eerst een besluit vast; de brief legt het uit.",
  "api.import-empty": "{file} bevat geen kandidaten.",
  "api.import-row": "{file}, rij {row}: {detail}",
  "screening.recommendation.advance": "door naar de volgende ronde",
  "screening.recommendation.review": "beoordeling door een mens",
  "screening.recommendation.reject": "afwijzen",
  "screening.audit.recommendation": "{vacancy}: aanbevelingen van het systeem (algoritme)",
  "screening.audit.decision": "{vacancy}: definitieve besluiten (alle beslissers)",
  "screening.audit.decider": "{vacancy}: besluiten van {decider}",
  "screening.audit.all-vacancies": "Alle vacatures",
  "api.nothing-to-audit":
    "Het besluitenlogboek bevat nog geen aanbevelingen of besluiten: leg eerst besluiten vast.",
  "api.stale-version":
    "Iemand heeft deze beoordeling opgeslagen nadat u hem opende (versie {version}). Laad opnieuw om die antwoorden te zien en sla dan opnieuw op.",
  "api.unknown-question": "'{question}' is geen vraag van deze beoordeling.",
  "api.invalid-answer": "Het antwoord op '{question}' moet een van deze zijn: {allowed}.",
  "api.unknown-evidence": "Het bewijs bij '{question}' noemt een audit die niet in uw organisatie bestaat.",
  "api.discovery-too-few-decisions":
    "Het besluitenlogboek van deze vacature bevat {count} sollicitaties met een besluit; groepen zoeken vraagt er minstens {required}. Leg eerst meer besluiten vast.",
  "discovery.decision-log": "besluitenlogboek: {title}",
  "api.recommendation-changed":
    "De screening is veranderd sinds u de lijst opende: de aanbeveling is nu '{recommendation}' (vacatureversie {version}). Laad de lijst opnieuw en beslis opnieuw.",
  "api.internal": "Er ging iets mis op de server. Het is vastgelegd; probeer het opnieuw.",
};
