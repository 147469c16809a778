import { assessmentNl } from "./assessment-nl.ts";
import { candidateNl } from "./candidate-nl.ts";
import { discoveryNl } from "./discovery-nl.ts";
import type { UiKey } from "./en.ts";
import { explainerNl } from "./explainer-nl.ts";
import { screeningNl } from "./screening-nl.ts";
import { wordingNl } from "./wording-nl.ts";

/** Nederlandse teksten van de webwerkbank; dezelfde sleutels als en.ts (TypeScript bewaakt dat). */
export const nl: Record<UiKey, string> = {
  ...screeningNl,
  ...candidateNl,
  ...assessmentNl,
  ...explainerNl,
  ...wordingNl,
  ...discoveryNl,

  "app.tagline": "eerlijke selectie, getoetst",
  "app.skip": "Direct naar de inhoud",
  "app.footer": "Aware is opensourcesoftware voor een verantwoorde digitale transitie van werk.",
  "app.unavailable": "Aware is niet bereikbaar",

  "common.loading": "Bezig met laden…",
  "common.busy": "Een moment…",
  "common.cancel": "Annuleren",
  "common.close": "Sluiten",
  "common.delete": "Verwijderen",
  "common.save": "Opslaan",
  "common.retry": "Opnieuw proberen",
  "common.actions": "Acties",
  "common.none": "geen",

  "error.network": "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
  "error.server": "De server kon het verzoek niet verwerken (fout {{status}}). Probeer het later opnieuw.",
  "error.unexpected": "Er ging iets mis. Probeer het opnieuw.",

  "language.label": "Taal",
  "nav.label": "Hoofdmenu",
  "nav.audits": "Audits",
  "nav.newAudit": "Nieuwe audit",
  "nav.users": "Gebruikers",
  "nav.activity": "Activiteitenlog",
  "header.signedInAs": "{{name}} ({{role}})",
  "header.logout": "Afmelden",
  "header.demo":
    "Dit is een demo-organisatie met verzonnen voorbeeldgegevens. Probeer gerust alles uit: niets hier gaat over echte mensen.",

  "role.admin": "beheerder",
  "role.hr": "HR",
  "role.reviewer": "meelezer",
  "role.auditor": "auditor",
  "role.dhv": "digitale hulpverlener (DHV-er)",
  "role.employee": "medewerker",
  "roleInfo.admin":
    "Beheerders mogen alles: audits uitvoeren en verwijderen, gebruikers beheren en het activiteitenlog lezen.",
  "roleInfo.hr": "HR kan beslissingslogboeken uploaden, audits uitvoeren en de rapporten lezen.",
  "roleInfo.reviewer":
    "Meelezers (bijvoorbeeld de ondernemingsraad) kunnen de audits en hun rapporten lezen.",
  "roleInfo.auditor": "Auditors kunnen de audits, hun rapporten en het activiteitenlog lezen.",
  "roleInfo.dhv": "Digitale hulpverleners hebben nog geen rol in de selectie-audit; hun loket komt later.",
  "roleInfo.employee":
    "Medewerkers hebben geen rol in de selectie-audit; vragenlijsten en het hulploket komen later.",

  "form.error.required": "Vul dit in.",
  "form.error.email": "Vul een e-mailadres in, zoals naam@voorbeeld.nl.",
  "form.error.passwordLength": "Gebruik minstens {{min}} tekens.",
  "account.name": "Uw naam",
  "account.email": "E-mailadres",
  "account.newPassword": "Kies een wachtwoord",
  "account.passwordHint":
    "Minstens {{min}} tekens. Een paar losse woorden achter elkaar maken een sterk wachtwoord.",

  "welcome.title": "Welkom bij Aware",
  "welcome.intro":
    "Aware helpt HR-medewerkers, werkgevers en ondernemingsraden na te gaan of een selectieprocedure groepen kandidaten gelijk behandelt: het vergelijkt hoe vaak elke groep wordt geselecteerd, zegt in gewone woorden waar een verschil groot of statistisch significant is, en legt elk getal uit.",
  "setup.title": "Maak uw organisatie aan",
  "setup.intro": "U wordt de beheerder en kunt daarna collega's uitnodigen.",
  "setup.organisationName": "Naam van de organisatie",
  "setup.submit": "Organisatie aanmaken",
  "demo.title": "Rondkijken met voorbeeldgegevens",
  "demo.intro":
    "Opent een demo-organisatie met een verzonnen beslissingslogboek en een audit die al is uitgevoerd, zodat u ziet hoe een rapport eruitziet.",
  "demo.button": "Open de demo-organisatie",
  "demo.busy": "De demo wordt klaargezet…",
  "login.title": "Aanmelden",
  "login.password": "Wachtwoord",
  "login.submit": "Aanmelden",
  "login.missing": "Vul uw e-mailadres en wachtwoord in.",

  "invite.title": "Word lid van uw organisatie",
  "invite.intro": "U bent uitgenodigd om in Aware lid te worden van {{organisation}} als {{role}}.",
  "invite.invalid":
    "Deze uitnodiging is niet meer geldig: ze is verlopen of al gebruikt. Vraag uw beheerder om een nieuwe link.",
  "invite.signedIn":
    "U bent aangemeld als {{name}}. Als u de uitnodiging aanneemt, wordt er een nieuw account gemaakt en wordt u daarmee aangemeld.",
  "invite.submit": "Mijn account aanmaken",

  "audits.title": "Audits",
  "audits.intro":
    "Elke audit vergelijkt hoe vaak groepen kandidaten zijn geselecteerd in één beslissingslogboek. Open er een om het rapport te lezen, of kies er twee om te zien wat er veranderd is.",
  "audits.new": "Nieuwe audit starten",
  "audits.empty": "Er zijn nog geen audits.",
  "audits.emptyRun":
    "Er zijn nog geen audits. Start er een met een beslissingslogboek uit uw wervingssysteem.",
  "audits.caption": "Opgeslagen audits, nieuwste eerst",
  "audits.col.compare": "Vergelijken",
  "audits.col.title": "Titel",
  "audits.col.date": "Uitgevoerd op",
  "audits.col.file": "Bestand",
  "audits.col.rows": "Rijen",
  "audits.col.below": "Onder 4/5",
  "audits.col.significant": "Significant",
  "audits.col.both": "Allebei",
  "audits.col.comparisons": "Vergelijkingen",
  "audits.chooseForCompare": "Kies „{{title}}” om te vergelijken",
  "audits.compare": "Vergelijk de twee gekozen audits",
  "audits.compareStatus": "{{count}} van 2 audits gekozen.",
  "audits.deleteNamed": "Verwijder „{{title}}”",
  "audits.deleteTitle": "Deze audit verwijderen?",
  "audits.deleteMessage":
    "De audit „{{title}}” en het rapport worden voor iedereen in uw organisatie verwijderd. Dit kan niet ongedaan worden gemaakt.",

  "newAudit.title": "Nieuwe audit",
  "newAudit.steps": "Stappen",
  "newAudit.step1": "Kies een beslissingslogboek",
  "newAudit.step2": "Geef aan welke kolom wat is",
  "newAudit.step3": "Lees het rapport",

  "upload.title": "Kies een beslissingslogboek",
  "upload.intro":
    "Een beslissingslogboek heeft één rij per kandidaat (per fase, als er fasen zijn): of de kandidaat is geselecteerd, en de groepen die u wilt vergelijken, zoals gender of leeftijdsklasse.",
  "upload.drop": "Sleep het bestand hierheen, of",
  "upload.choose": "Kies een bestand",
  "upload.formats":
    "CSV of TSV (met een kopregel), Parquet of JSON lines. Grote bestanden zijn geen probleem.",
  "upload.wrongType":
    "„{{name}}” is geen bestand dat Aware kan lezen. Gebruik CSV, TSV, Parquet of JSON lines.",
  "upload.progress": "{{name}} wordt geüpload",
  "upload.progressBytes": "{{loaded}} van {{total}}",
  "upload.percent": "{{percent}} procent geüpload",
  "upload.cancel": "Upload annuleren",
  "upload.cancelled": "De upload is geannuleerd.",
  "upload.earlier": "Of gebruik een eerder geüpload bestand",
  "upload.earlierCaption": "Eerder geüploade bestanden",
  "upload.col.file": "Bestand",
  "upload.col.size": "Grootte",
  "upload.col.date": "Geüpload",
  "upload.use": "Gebruiken",
  "upload.useNamed": "Gebruik {{name}}",
  "upload.deleteNamed": "Verwijder {{name}}",
  "upload.deleteTitle": "Dit bestand verwijderen?",
  "upload.deleteMessage":
    "Het geüploade bestand „{{name}}” wordt verwijderd. Audits die er al mee zijn uitgevoerd, blijven bewaard.",

  "mapping.title": "Geef aan welke kolom wat is",
  "mapping.file": "Bestand: {{name}} ({{size}}, {{columns}} kolommen).",
  "mapping.otherFile": "Ander bestand kiezen",
  "mapping.intro":
    "Aware heeft een eerste gok gedaan op basis van de kolomnamen en waarden. Controleer elke keuze voordat u de audit uitvoert.",
  "mapping.problems": "Controleer het volgende:",
  "mapping.columns": "Kolommen",
  "mapping.auditTitle": "Titel van de audit",
  "mapping.choose": "— kies een kolom —",
  "mapping.none": "— geen —",
  "mapping.outcome": "Uitkomst (geselecteerd of niet)",
  "mapping.outcomeHint":
    "De kolom die zegt of de kandidaat is geselecteerd of door is gegaan naar de volgende fase: ja/nee, 1/0, yes/no of true/false.",
  "mapping.protected": "Groepen om te vergelijken",
  "mapping.protectedHint":
    "De kolommen met de kenmerken waarop u ongelijke behandeling wilt toetsen, zoals gender, etniciteit of leeftijdsklasse. Kies er minstens één.",
  "mapping.score": "Score (optioneel)",
  "mapping.scoreHint": "Een getal per kandidaat, zoals een test- of assessmentscore.",
  "mapping.label": "Bekende geschiktheid (optioneel)",
  "mapping.labelHint":
    "Of de kandidaat achteraf geschikt bleek (ja/nee), om foutpercentages tussen groepen te vergelijken.",
  "mapping.stage": "Fase (optioneel)",
  "mapping.stageHint":
    "De selectiefase van de rij, zoals sollicitatie, gesprek, aanbod: laat zien waar een verschil ontstaat.",
  "mapping.requisition": "Vacature (optioneel)",
  "mapping.requisitionHint": "De vacature, om groepen binnen dezelfde vacature te vergelijken.",
  "mapping.date": "Datum (optioneel)",
  "mapping.dateHint": "De datum van de beslissing, zodat het rapport de periode vermeldt.",
  "mapping.comparison": "Hoe vergelijken",
  "mapping.intersections": "Combinaties van groepen",
  "mapping.intersectionsHint":
    "Naast elk kenmerk afzonderlijk kan Aware combinaties vergelijken, zoals vrouwen met een bepaalde etniciteit: juist daar kunnen verschillen schuilgaan.",
  "mapping.intersectionsNeedTwo": "Kies twee of meer kenmerken om combinaties te vergelijken.",
  "mapping.intersections.none": "Elk kenmerk afzonderlijk",
  "mapping.intersections.pairs": "Ook elk paar kenmerken",
  "mapping.intersections.all": "Ook elke combinatie van kenmerken",
  "mapping.reference": "Vergelijk elke groep met",
  "mapping.referenceHint":
    "Standaard wordt elke groep vergeleken met de groep die het vaakst is geselecteerd, zoals de vier-vijfderegel doet. U kunt ook zelf een groep kiezen.",
  "mapping.minGroup": "Kleinste groep om te tonen",
  "mapping.minGroupHint":
    "Groepen met minder kandidaten worden verborgen, zodat niemand herkenbaar is en geen getal op een handvol mensen rust. Minstens {{min}}.",
  "mapping.exclude": "Groepen onder 2 % van de kandidaten buiten de impact ratio's laten",
  "mapping.excludeHint":
    "Optioneel, zoals de New Yorkse Local Law 144 toestaat: zulke groepen houden hun aantal en selectiepercentage, maar krijgen geen impact ratio en kunnen geen referentie zijn.",
  "mapping.run": "Audit uitvoeren",
  "mapping.running": "De audit loopt…",
  "mapping.runningHint": "De audit wordt uitgevoerd. Bij een groot bestand kan dat een minuut duren.",
  "mapping.error.outcomeRequired": "Kies de kolom met de uitkomst.",
  "mapping.error.protectedRequired": "Kies minstens één kolom met groepen om te vergelijken.",
  "mapping.error.protectedIsOutcome": "De uitkomstkolom kan niet ook een groep zijn om te vergelijken.",
  "mapping.error.columnTwice": "Deze kolom wordt al voor iets anders gebruikt.",
  "mapping.error.minGroup": "Vul een heel getal in van minstens {{min}}.",
  "mapping.error.stageOrder": "Zet de fasen op volgorde, of laat Aware de volgorde bepalen.",

  "stages.legend": "Volgorde van de fasen",
  "stages.inferred": "Laat Aware het bepalen: de fase met de meeste rijen eerst",
  "stages.manual": "Ik bepaal de volgorde zelf",
  "stages.tooMany": "De fasekolom heeft te veel verschillende waarden om met de hand te ordenen.",
  "stages.up": "{{stage}} omhoog",
  "stages.down": "{{stage}} omlaag",
  "stages.upShort": "Omhoog",
  "stages.downShort": "Omlaag",
  "stages.moved": "{{stage}} is nu fase {{position}} van {{count}}.",

  "reference.label": "Referentie voor {{attribute}}",
  "reference.mostSelected": "De groep die het vaakst is geselecteerd (standaard)",
  "reference.more": "Alleen de eerste {{count}} waarden staan in de lijst.",
  "reference.unavailable":
    "De waarden van deze kolom konden niet worden geladen; de standaard wordt gebruikt.",

  "report.title": "Rapport",
  "report.back": "Alle audits",
  "report.meta": "Uitgevoerd op {{date}} met {{file}}",
  "report.contents": "In dit rapport",
  "report.summaryNote":
    "De vier-vijfderegel is een vuistregel om te signaleren, geen oordeel: lees hem samen met de significantie, het aantal kandidaten en de context.",

  "chart.inWords": "De grafiek in woorden",
  "chart.rate.axis": "Selectiepercentage",
  "chart.rate.caption": "Selectiepercentage per groep: {{grouping}}",
  "chart.rate.description":
    "Selectiepercentage van elke groep met het 95%-betrouwbaarheidsinterval: {{list}}. Gestippelde lijn: het totale percentage, {{overall}}.",
  "chart.ir.axis": "Impact ratio",
  "chart.ir.caption": "Impact ratio per groep ten opzichte van {{reference}}: {{grouping}}",
  "chart.ir.description":
    "Impact ratio van elke groep met het 95%-betrouwbaarheidsinterval: {{list}}. Rode stippellijn: de vier-vijfdegrens bij 0,8; grijze lijn: gelijke percentages (1). Onder vier-vijfde: {{below}}.",
  "chart.ir.noneBelow": "geen enkele groep",
  "chart.funnel.axis": "Aandeel dat doorging",
  "chart.funnel.caption": "Trechter: aandeel van elke groep dat doorging, per fase: {{grouping}}",
  "chart.funnel.description":
    "Per fase het aandeel van elke groep dat doorging (en de impact ratio in die fase; rode driehoeken liggen onder 0,8): {{list}}.",
  "chart.cut.xAxis": "Grensscore",
  "chart.cut.yAxis": "↑ Laagste impact ratio",
  "chart.cut.caption": "Laagste impact ratio bij elke grensscore: {{grouping}}",
  "chart.cut.description":
    "Als alleen kandidaten boven de grensscore werden geselecteerd, zou de laagste impact ratio van de groepen zijn: {{list}}. Hij komt voor het eerst onder 0,8 bij grensscore {{firstBelow}}.",
  "chart.cut.never": "geen van de grensscores",

  "table.explain": "(wat betekent dit?)",

  "downloads.title": "Rapport downloaden",
  "downloads.language": "Taal van het rapport",
  "downloads.pdf": "PDF",
  "downloads.pdfUse": "om te printen of te versturen",
  "downloads.html": "Webpagina (HTML)",
  "downloads.htmlUse": "met grafieken, opent in elke browser",
  "downloads.csv": "Tabel (CSV)",
  "downloads.csvUse": "voor een spreadsheet",
  "downloads.md": "Tekst (Markdown)",
  "downloads.mdUse": "voor documentatie of een wiki",
  "downloads.json": "Gegevens (JSON)",
  "downloads.jsonUse": "elk getal, voor andere software (schema aware.audit/1)",

  "provenance.title": "Waar deze getallen vandaan komen",
  "provenance.intro":
    "Genoeg om dit rapport na te rekenen: het precieze bestand, de instellingen en de versie van Aware.",
  "provenance.input": "Invoer",
  "provenance.sha256": "Vingerafdruk van het bestand (SHA-256)",
  "provenance.format": "Formaat",
  "provenance.version": "Versie van Aware",
  "provenance.generatedAt": "Berekend op",
  "provenance.protected": "Vergeleken groepen",
  "provenance.intersections": "Combinaties",
  "provenance.reference": "Referentie",
  "provenance.minGroup": "Kleinste getoonde groep",
  "provenance.excludeBelow": "Buiten impact ratio's gelaten onder",
  "provenance.alpha": "Significantieniveau",
  "provenance.stageOrder": "Volgorde van de fasen",
  "provenance.asGiven": "De instellingen zoals opgegeven",

  "compare.title": "Twee audits vergelijken",
  "compare.before": "Eerder",
  "compare.after": "Later",
  "compare.intro":
    "Per groep: het selectiepercentage en de impact ratio in beide audits, en de verandering van de eerdere naar de latere (percentages in procentpunten). „Niet in deze audit” betekent dat de groep of indeling daar niet voorkomt.",
  "compare.references": "Referentiegroep: {{before}} (eerder), {{after}} (later).",
  "compare.caption": "Veranderingen per groep: {{grouping}}",
  "compare.rateBefore": "Selectiepercentage, eerder",
  "compare.rateAfter": "Selectiepercentage, later",
  "compare.rateChange": "Verandering (procentpunten)",
  "compare.irBefore": "Impact ratio, eerder",
  "compare.irAfter": "Impact ratio, later",
  "compare.irChange": "Verandering impact ratio",
  "compare.absent": "niet in deze audit",

  "users.title": "Gebruikers en uitnodigingen",
  "users.intro": "Wie Aware in uw organisatie kan gebruiken, en wat ieder mag.",
  "users.caption": "Gebruikers van uw organisatie",
  "users.role": "Rol",
  "users.roleOf": "Rol van {{name}}",
  "users.since": "Sinds",
  "users.you": "(u)",
  "users.saveNamed": "Sla de rol van {{name}} op",
  "users.saved": "{{name}} is nu {{role}}.",
  "users.invite": "Iemand uitnodigen",
  "users.inviteIntro":
    "Maak een link en stuur die zelf, per e-mail of chat: Aware verstuurt geen e-mail. Wie de link opent, kan een account aanmaken met de gekozen rol.",
  "users.inviteRole": "Rol van de nieuwe gebruiker",
  "users.inviteCreate": "Uitnodigingslink maken",
  "users.inviteLink": "Uitnodigingslink ({{role}})",
  "users.inviteExpires": "De link werkt één keer, tot {{date}}.",

  "copy.button": "Kopiëren",
  "copy.done": "Gekopieerd.",
  "copy.manual": "Kopiëren lukte niet: de link is geselecteerd, druk op Ctrl+C (of ⌘C) om hem te kopiëren.",

  "activity.title": "Activiteitenlog",
  "activity.intro":
    "Alles wat in uw organisatie in Aware is gedaan, nieuwste eerst. Regels kunnen niet worden gewijzigd of verwijderd.",
  "activity.caption": "Activiteit, nieuwste eerst",
  "activity.empty": "Er is nog niets vastgelegd.",
  "activity.when": "Wanneer",
  "activity.who": "Wie",
  "activity.what": "Wat",
  "activity.subject": "Over",
  "activity.system": "Aware",
  "activity.action.setup": "heeft de organisatie aangemaakt",
  "activity.action.demo": "heeft de demo-organisatie geopend",
  "activity.action.login": "heeft zich aangemeld",
  "activity.action.login.failed": "kon zich niet aanmelden",
  "activity.action.logout": "heeft zich afgemeld",
  "activity.action.user.role": "heeft een rol gewijzigd",
  "activity.action.invitation.create": "heeft een uitnodiging gemaakt",
  "activity.action.invitation.accept": "heeft een uitnodiging aangenomen",
  "activity.action.upload.create": "heeft een bestand geüpload",
  "activity.action.upload.delete": "heeft een bestand verwijderd",
  "activity.action.audit.create": "heeft een audit uitgevoerd",
  "activity.action.audit.view": "heeft een audit geopend",
  "activity.action.audit.delete": "heeft een audit verwijderd",
  "activity.action.report.download": "heeft een rapport gedownload",

  "roleHome.title": "Welkom, {{name}}",
  "roleHome.intro": "U bent aangemeld bij {{organisation}} als {{role}}.",
  "roleHome.later":
    "Voor uw rol is er in de selectie-audit nog niets te doen. De andere onderdelen van Aware (digitale vaardigheden, het loket voor digitale hulp en de vragenlijst over technostress) verschijnen hier zodra ze klaar zijn.",
  "roleHome.access":
    "Moet u audits kunnen lezen? Vraag een beheerder van uw organisatie om uw rol aan te passen.",
  "notFound.title": "Pagina niet gevonden",
  "notFound.text": "Op dit adres staat geen pagina. Misschien is ze verplaatst, of is de link onvolledig.",
  "notFound.home": "Naar de startpagina",
  "notAllowed.title": "Niet beschikbaar voor uw rol",
  "notAllowed.text":
    "Deze pagina hoort niet bij uw rol. Een beheerder kan uw rol aanpassen als u haar nodig hebt.",

  "def.group.title": "Groep",
  "def.group.body":
    "De kandidaten met dezelfde waarde van het kenmerk (of, bij een combinatie, van elk kenmerk), precies zoals in het bestand geschreven. Kandidaten met een lege waarde tellen als onbekend en doen in deze indeling niet mee.",
  "def.status.title": "Status",
  "def.status.body":
    "ok: alle getallen zijn berekend. onderdrukt: de groep heeft minder kandidaten dan de kleinste groep om te tonen, of is verborgen zodat een kleine groep niet door aftrekken te achterhalen is; er worden geen getallen getoond. uitgesloten: onder de gekozen 2 %-grens; het percentage staat er, de impact ratio niet. onbepaald: er is niets om mee te vergelijken (geen referentiegroep, of de referentie heeft niemand geselecteerd).",
  "def.n.title": "Aantal kandidaten",
  "def.n.body":
    "Hoeveel kandidaten de groep telt. Met fasen: de kandidaten in de eerste fase. Verborgen (–) bij een onderdrukte groep.",
  "def.selected.title": "Aantal geselecteerd",
  "def.selected.body":
    "Hoeveel kandidaten van de groep zijn geselecteerd. Met fasen: geselecteerd in de laatste fase.",
  "def.rate.title": "Selectiepercentage",
  "def.rate.body":
    "Het aantal geselecteerden gedeeld door het aantal kandidaten: het deel van de groep dat is geselecteerd. 0,400 betekent 40 op de 100.",
  "def.rateCi.title": "Betrouwbaarheidsinterval van het selectiepercentage",
  "def.rateCi.body":
    "Het bereik waarin het werkelijke selectiepercentage van de groep met 95 % betrouwbaarheid ligt, gegeven het aantal kandidaten (Wilson-interval). Een breed bereik betekent weinig kandidaten: lees het percentage dan voorzichtig.",
  "def.ir.title": "Impact ratio",
  "def.ir.body":
    "Het selectiepercentage van de groep gedeeld door dat van de referentiegroep. 1 betekent even vaak geselecteerd; 0,60 betekent 60 % zo vaak als de referentie. De referentie is de groep die het vaakst is geselecteerd (zoals de Amerikaanse richtlijnen en de New Yorkse Local Law 144 voorschrijven), tenzij u een andere koos.",
  "def.irCi.title": "Betrouwbaarheidsinterval van de impact ratio",
  "def.irCi.body":
    "Het bereik waarin de werkelijke impact ratio met 95 % betrouwbaarheid ligt (Katz-logmethode). Ligt het hele bereik onder 0,8, dan is toeval als enige verklaring onwaarschijnlijk; valt 1 erbinnen, dan zijn gelijke percentages niet uit te sluiten.",
  "def.flag.title": "Vier-vijfderegel",
  "def.flag.body":
    "Gemarkeerd met <0,8 als de impact ratio onder 0,8 (vier vijfde) ligt, de vuistregel van de Amerikaanse Uniform Guidelines (29 CFR 1607.4(D)). Het is een signaal om beter te kijken, geen bewijs van discriminatie: bij kleine aantallen kan een verschil toeval zijn, en een kleiner verschil kan er toch toe doen. Lees het samen met de p-waarden.",
  "def.fisher.title": "p-waarde (exacte toets van Fisher)",
  "def.fisher.body":
    "Hoe waarschijnlijk een verschil van minstens deze grootte zou zijn als beide groepen dezelfde kans op selectie hadden. Kleine waarden (onder 0,05) betekenen dat het verschil moeilijk door toeval te verklaren is. De toets van Fisher is ook bij kleine groepen precies; tweezijdig.",
  "def.midP.title": "Mid-p",
  "def.midP.body":
    "Een minder conservatieve versie van Fishers p-waarde (Lancaster 1961): de p-waarde min de helft van de kans op precies de waargenomen tabel. Nuttig als tweede mening bij kleine groepen.",
  "def.z.title": "z (z-toets voor twee proporties)",
  "def.z.body":
    "Het verschil tussen de twee selectiepercentages in standaarddeviaties. Onder −2 is de „twee standaarddeviaties” die Amerikaanse rechters gebruikten als teken van een echt verschil (Hazelwood, Castaneda). Negatief: de groep wordt minder vaak geselecteerd dan de referentie.",
  "def.zP.title": "p-waarde van de z-toets",
  "def.zP.body":
    "De tweezijdige p-waarde van de z-toets. Bij grote groepen komt die overeen met de toets van Fisher.",
  "def.holm.title": "p-waarde gecorrigeerd voor veel vergelijkingen (Holm)",
  "def.holm.body":
    "Wie veel groepen vergelijkt, vindt al door toeval enkele kleine p-waarden. De correctie van Holm past Fishers p-waarden aan over alle vergelijkingen in deze audit. Onder het significantieniveau (standaard 0,05) telt als statistisch significant en krijgt een *.",
  "def.bh.title": "p-waarde gecorrigeerd (Benjamini–Hochberg)",
  "def.bh.body":
    "Een mildere correctie voor veel vergelijkingen, die het aandeel valse alarmen onder de significante uitkomsten begrenst. Getoond naast die van Holm voor wie de voorkeur daaraan geeft.",
  "def.shortfall.title": "Tekort",
  "def.shortfall.body":
    "Hoeveel kandidaten van deze groep er zouden zijn geselecteerd bij het selectiepercentage van alle groepen samen, min hoeveel het er werkelijk waren: het verschil in mensen in plaats van in procenten. Negatief: er zijn meer geselecteerd dan verwacht.",
  "def.flip.title": "Eén persoon verschil",
  "def.flip.body":
    "Ja als één persoon meer (of minder) geselecteerd in deze groep de impact ratio naar de andere kant van 0,8 zou brengen. Dan hangt de uitkomst van de vier-vijfderegel aan één beslissing en is ze niet betrouwbaar (Amerikaanse Uniform Guidelines, Questions and Answers 21).",
  "def.oddsRatio.title": "Odds ratio",
  "def.oddsRatio.body":
    "De kansverhouding op selectie in de groep (geselecteerd tegenover niet geselecteerd) gedeeld door die van de referentie. Net als bij de impact ratio betekent onder 1 minder vaak geselecteerd; veel statistische methoden rekenen met deze maat.",
  "def.cohensH.title": "Cohens h (effectgrootte)",
  "def.cohensH.body":
    "Hoe groot het verschil tussen de twee selectiepercentages is, op een schaal die niet van het aantal kandidaten afhangt: ongeveer 0,2 klein, 0,5 middelgroot, 0,8 groot (Cohen 1988). Negatief: de groep wordt minder vaak geselecteerd.",
  "def.scored.title": "Kandidaten met een score",
  "def.scored.body": "Hoeveel kandidaten van de groep een score hebben.",
  "def.scoringRate.title": "Scorepercentage",
  "def.scoringRate.body":
    "Het deel van de kandidaten van de groep met een score boven de mediane score van alle kandidaten, zoals de New Yorkse Local Law 144 het definieert. Een score precies op de mediaan telt niet als erboven.",
  "def.scoringIr.title": "Score-impact ratio",
  "def.scoringIr.body":
    "Het scorepercentage van de groep gedeeld door het hoogste scorepercentage (of dat van de gekozen referentie). Onder 0,8 is een signaal dat de scores zelf de groep mogelijk benadelen.",
  "def.scoringIrCi.title": "Betrouwbaarheidsinterval van de score-impact ratio",
  "def.scoringIrCi.body":
    "Het bereik waarin de werkelijke score-impact ratio met 95 % betrouwbaarheid ligt (Katz-logmethode).",
  "def.meanScore.title": "Gemiddelde score (μ)",
  "def.meanScore.body": "De gemiddelde score van de kandidaten van de groep die een score hebben.",
  "def.smd.title": "Gestandaardiseerd verschil in gemiddelden (Cohens d)",
  "def.smd.body":
    "Het verschil tussen de gemiddelde score van de groep en die van de referentie, in gepoolde standaarddeviaties: ongeveer 0,2 klein, 0,5 middelgroot, 0,8 groot. Negatief: de groep scoort lager.",
  "def.smdCi.title": "Betrouwbaarheidsinterval van het gestandaardiseerde verschil",
  "def.smdCi.body":
    "Het bereik waarin het werkelijke verschil met 95 % betrouwbaarheid ligt (Hedges en Olkin 1985).",
  "def.tpr.title": "Terecht-positiefpercentage (TPR)",
  "def.tpr.body":
    "Van de kandidaten die achteraf geschikt bleken, het deel dat is geselecteerd. Lager dan bij de referentie: geschikte kandidaten uit deze groep worden vaker gemist. De factor tussen haakjes is de verhouding tot de referentie.",
  "def.fpr.title": "Fout-positiefpercentage (FPR)",
  "def.fpr.body": "Van de kandidaten die ongeschikt bleken, het deel dat toch is geselecteerd.",
  "def.fnr.title": "Fout-negatiefpercentage (FNR)",
  "def.fnr.body": "Van de geschikte kandidaten, het deel dat is afgewezen: 1 − TPR.",
  "def.ppv.title": "Positief voorspellende waarde (PPV)",
  "def.ppv.body": "Van de geselecteerde kandidaten, het deel dat geschikt bleek.",
  "def.fdr.title": "Aandeel valse ontdekkingen (FDR)",
  "def.fdr.body": "Van de geselecteerde kandidaten, het deel dat ongeschikt bleek: 1 − PPV.",
  "def.for.title": "Aandeel onterecht afgewezen (FOR)",
  "def.for.body": "Van de afgewezen kandidaten, het deel dat eigenlijk geschikt was.",
  "def.npv.title": "Negatief voorspellende waarde (NPV)",
  "def.npv.body": "Van de afgewezen kandidaten, het deel dat inderdaad ongeschikt was: 1 − FOR.",
  "def.accuracy.title": "Juistheid",
  "def.accuracy.body":
    "Het deel van de beslissingen, selecties en afwijzingen samen, dat klopte met de bekende geschiktheid.",
  "def.cmhChi.title": "Cochran–Mantel–Haenszel-toetsingsgrootheid",
  "def.cmhChi.body":
    "Een toets of de groep binnen dezelfde vacatures minder vaak wordt geselecteerd dan de referentie, waarbij de vacatures worden gecombineerd in plaats van bij elkaar opgeteld. Dat beschermt tegen een verschil dat alleen ontstaat (of verdwijnt) doordat groepen op verschillende vacatures solliciteerden.",
  "def.cmhP.title": "p-waarde binnen vacatures",
  "def.cmhP.body":
    "De p-waarde van de Cochran–Mantel–Haenszel-toets: kleine waarden betekenen een consequent verschil binnen vacatures.",
  "def.mhOddsRatio.title": "Gemeenschappelijke odds ratio binnen vacatures",
  "def.mhOddsRatio.body":
    "De Mantel–Haenszel-odds ratio: de kansverhouding op selectie van de groep tegenover die van de referentie, gemiddeld over de vacatures.",
  "def.pooledOddsRatio.title": "Odds ratio van alle vacatures samen",
  "def.pooledOddsRatio.body":
    "De odds ratio als alle vacatures gewoon worden opgeteld, ter vergelijking met die binnen vacatures.",
  "def.simpson.title": "Paradox van Simpson",
  "def.simpson.body":
    "⚠ als de twee odds ratio's in tegengestelde richting wijzen: het beeld van alle vacatures samen en het beeld binnen vacatures spreken elkaar tegen. Lees dan de uitkomst binnen vacatures.",
  "def.stageFigures.title": "Getallen per fase",
  "def.stageFigures.body":
    "Voor deze fase: de kandidaten van de groep in die fase (n), het deel dat doorging (percentage), en de impact ratio ten opzichte van het percentage van de referentie in dezelfde fase.",
  "def.gapStage.title": "Waar het verschil ontstaat",
  "def.gapStage.body":
    "De fase met de laagste impact ratio onder 1: waar de groep het meest achterraakt. Een plek om als eerste te kijken.",
  "def.cut.title": "Grensscore",
  "def.cut.body":
    "Een mogelijke zakgrens: 19 gelijk verdeelde waarden tussen de laagste en de hoogste score. Elke rij laat zien wat er zou gebeuren als alleen kandidaten met een hogere score werden geselecteerd.",
  "def.minIr.title": "Laagste impact ratio",
  "def.minIr.body":
    "Bij deze grensscore de laagste impact ratio van de getoonde groepen: het aandeel van elke groep boven de grens vergeleken met het hoogste aandeel.",
  "def.cutGroupIr.title": "Impact ratio van de groep bij deze grensscore",
  "def.cutGroupIr.body":
    "Het aandeel kandidaten van de groep met een score boven de grens, gedeeld door het hoogste aandeel van alle groepen. Volg de kolom naar beneden om te zien welke zakgrenzen de groep zouden benadelen.",
};
