import type { discoveryEn } from "./discovery-en.ts";

/** Nederlandse teksten van de ontdekkingspagina (issue 5); dezelfde sleutels als discovery-en.ts. */
export const discoveryNl: Record<keyof typeof discoveryEn, string> = {
  "nav.discover": "Groepen ontdekken",
  "activity.action.discovery.run": "heeft gezocht naar benadeelde groepen",

  "discovery.title": "Benadeelde groepen ontdekken",
  "discovery.intro":
    "Vind groepen sollicitanten die slechter af zijn dan de rest, beschreven met gewone kenmerken zoals een loopbaanonderbreking of deeltijduren, zonder gegevens over geslacht, herkomst of andere beschermde kenmerken.",
  "discovery.how":
    "De rijen worden willekeurig in tweeën gedeeld: in de ene helft wordt naar groepen gezocht, in de andere worden ze getoetst, en die helft heeft de zoektocht niet gezien. Alleen een verschil dat in die tweede helft standhoudt, na correctie voor het aantal groepen, heet significant. Een gevonden groep is een aanwijzing om uit te zoeken, geen bewijs van discriminatie.",

  "discovery.source.title": "1. Wat doorzoeken",
  "discovery.source.kind": "Bron",
  "discovery.source.upload": "Een geüpload besluitenlogboek",
  "discovery.source.vacancy": "Het besluitenlogboek van een vacature",
  "discovery.source.noUploads": "Er zijn nog geen besluitenlogboeken geüpload.",
  "discovery.source.file": "Besluitenlogboek",
  "discovery.source.chooseFile": "Kies een bestand…",
  "discovery.source.uploadGone": "Deze upload bestaat niet meer, of hoort bij een andere organisatie.",
  "discovery.source.uploadNew": "Of upload een nieuw bestand",
  "discovery.source.noVacancies": "Er zijn nog geen vacatures.",
  "discovery.source.vacancyField": "Vacature",
  "discovery.source.vacancyHint":
    "Eén rij per sollicitatie met een besluit; het laatste besluit telt. Er zijn minstens 20 sollicitaties met een besluit nodig.",
  "discovery.source.chooseVacancy": "Kies een vacature…",
  "discovery.source.vacancyOption": "{{title}} ({{decided}} met besluit)",

  "discovery.settings.title": "2. Waarnaar zoeken",
  "discovery.settings.problems": "Controleer het volgende",
  "discovery.settings.outcome": "De uitkomst",
  "discovery.settings.logOutcome":
    "De uitkomst is het laatste besluit over elke sollicitatie: door (1) of afgewezen (0). Afgewezen worden is de slechtere kant. De kenmerken zijn de velden van het sollicitatieformulier; monitoringantwoorden worden nooit doorzocht.",
  "discovery.settings.kind": "Wat voor uitkomst is het?",
  "discovery.settings.decisionColumn": "Kolom met het besluit",
  "discovery.settings.scoreColumn": "Kolom met de score",
  "discovery.settings.prediction": "Kolom met de voorspelling",
  "discovery.settings.choose": "Kies een kolom…",
  "discovery.settings.label": "Kolom met de werkelijke uitkomst (label)",
  "discovery.settings.labelHint":
    "Wat achteraf juist bleek, bijvoorbeeld of de kandidaat geschikt was. Een rij telt als fout wanneer de voorspelling ervan afwijkt.",
  "discovery.settings.worse": "Welke kant is slechter voor de sollicitant?",
  "discovery.settings.worseHint": "De zoektocht zoekt groepen die vaker dan de rest aan deze kant uitkomen.",
  "discovery.settings.search": "De zoektocht",
  "discovery.settings.method": "Methode",
  "discovery.settings.features": "Kenmerken om te doorzoeken",
  "discovery.settings.featuresHint":
    "De kolommen waarmee een groep beschreven mag worden ({{chosen}} van {{total}} gekozen). De uitkomst, de id-kolom en de beschermde kenmerken worden nooit doorzocht.",
  "discovery.settings.all": "Alles kiezen",
  "discovery.settings.none": "Niets kiezen",
  "discovery.settings.protected": "Beschermde kenmerken (optioneel, ter controle)",
  "discovery.settings.protectedHint":
    "Geslacht, herkomst en dergelijke worden nooit gebruikt om groepen te vinden. Noemt u ze, dan toont het rapport hoe elke groep ernaar is samengesteld (aantallen onder 5 verborgen) en welke kenmerken ervoor in de plaats staan (de proxycontrole).",
  "discovery.settings.noProtected":
    "Deze bron heeft geen kolommen meer die als beschermd kenmerk kunnen gelden.",
  "discovery.settings.monitoringRole":
    "Uw rol geeft geen toegang tot monitoringantwoorden, dus die kunnen hier niet gebruikt worden; een beheerder of auditor kan dat wel.",
  "discovery.settings.monitoringOff":
    "Deze vacature heeft geen monitoringvragenlijst, dus er zijn geen antwoorden te gebruiken.",
  "discovery.settings.advanced": "Geavanceerde instellingen",
  "discovery.settings.id": "Id-kolom",
  "discovery.settings.idHint":
    "Een kolom die elke rij benoemt, zoals een kandidaatnummer. Wordt nooit doorzocht.",
  "discovery.settings.noId": "Geen id-kolom",
  "discovery.settings.minSize": "Kleinste groep (% van de doorzochte helft)",
  "discovery.settings.minSizeHint":
    "Laat leeg voor de standaard van de methode ({{default}}%). Kleinere groepen worden ook gevonden, maar zijn moeilijker te bevestigen. Tussen 0 en 50.",
  "discovery.settings.seed": "Seed",
  "discovery.settings.seedHint":
    "De willekeurige verdeling en de herhalingen hangen ervan af; dezelfde seed op dezelfde gegevens geeft hetzelfde rapport.",
  "discovery.settings.run": "Zoek groepen",
  "discovery.settings.running": "Bezig met zoeken…",
  "discovery.settings.runningHint":
    "De groepen worden gezocht en getoetst. Een groot logboek (100.000 rijen) duurt ongeveer tien seconden; houd deze pagina open.",

  "discovery.kind.decision": "Een besluit (ja/nee)",
  "discovery.kind.decisionHint":
    "Bijvoorbeeld uitgenodigd, aangenomen of door: 1/0, ja/nee, yes/no of true/false.",
  "discovery.kind.score": "Een score",
  "discovery.kind.scoreHint": "Een getal, zoals een assessmentscore of een rangschikkingsscore.",
  "discovery.kind.error": "Een fout van een voorspelling",
  "discovery.kind.errorHint":
    "Een voorspelling en de werkelijke uitkomst: de zoektocht zoekt groepen voor wie de voorspelling vaker fout is.",

  "discovery.method.subgroups": "Subgroepontdekking (aanbevolen)",
  "discovery.method.subgroupsHint":
    "Vindt groepen die met een leesbare regel beschreven worden, zoals “gap_months ≥ 12 en hours_per_week ≤ 24”.",
  "discovery.method.hbac": "Bias-bewust clusteren (HBAC)",
  "discovery.method.hbacHint":
    "De methode van de tool van Algorithm Audit, ter vergelijking: clusters van vergelijkbare sollicitanten, achteraf beschreven met hoe ze van de rest verschillen.",

  "discovery.worse.low": "Lager is slechter",
  "discovery.worse.lowHint":
    "Een 0 (afgewezen, niet uitgenodigd) of een lage score is nadelig voor de sollicitant.",
  "discovery.worse.lowErrorHint":
    "Ongebruikelijk bij fouten: een juiste voorspelling zou dan de slechtere kant zijn.",
  "discovery.worse.high": "Hoger is slechter",
  "discovery.worse.highHint":
    "Een 1 of een hoge score is nadelig voor de sollicitant, zoals bij een risicoscore.",
  "discovery.worse.highErrorHint": "Een fout is nadelig voor de sollicitant: de gebruikelijke keuze.",

  "discovery.error.outcome": "Kies de kolom met de uitkomst.",
  "discovery.error.prediction": "Kies de kolom met de voorspelling.",
  "discovery.error.label": "Kies de kolom met de werkelijke uitkomst.",
  "discovery.error.sameColumns":
    "De voorspelling en de werkelijke uitkomst moeten verschillende kolommen zijn.",
  "discovery.error.features": "Kies minstens één kenmerk om te doorzoeken.",
  "discovery.error.minSize": "De kleinste groep moet een percentage tussen 0 en 50 zijn, zoals 5.",
  "discovery.error.seed": "De seed moet een geheel getal van 0 of meer zijn.",

  "discovery.results.contents": "Inhoud van het resultaat",
  "discovery.results.summary": "Resultaat",
  "discovery.results.caution":
    "Een significante groep is een aanwijzing om te onderzoeken, geen bewijs van discriminatie: de oorzaak en een mogelijke rechtvaardiging vragen om menselijk oordeel.",
  "discovery.results.notes": "Opmerkingen",
  "discovery.results.groups": "Gevonden groepen",
  "discovery.results.groupsIntro":
    "Groep 0 is de groep die de zoektocht het meest benadeeld vond. Alle cijfers hieronder komen uit de achtergehouden helft, waar de groep niet gekozen is.",
  "discovery.results.clustersIntro":
    "Iedere sollicitant zit in één cluster; cluster 0 is het cluster dat HBAC het meest benadeeld vond. Alle cijfers hieronder komen uit de achtergehouden helft.",
  "discovery.results.proxies": "Proxy's",
  "discovery.results.proxiesIntro":
    "Welke kenmerken informatie dragen over een beschermd kenmerk, en hoeveel van het verschil in uitkomst tussen de groepen daarvan verdwijnt wanneer mensen met dezelfde waarde van het kenmerk vergeleken worden.",

  "discovery.facts.subgroups": "Methode: subgroepontdekking",
  "discovery.facts.hbac": "Methode: bias-bewust clusteren (HBAC)",
  "discovery.facts.outcomeDecision": "Uitkomst: het besluit in “{{column}}”;",
  "discovery.facts.outcomeScore": "Uitkomst: de score in “{{column}}”;",
  "discovery.facts.outcomeError": "Uitkomst: een fout, waar “{{prediction}}” afwijkt van “{{label}}”;",
  "discovery.facts.worseLow": "lager is slechter.",
  "discovery.facts.worseHigh": "hoger is slechter.",
  "discovery.facts.rows":
    "{{used}} van {{total}} rijen gebruikt: groepen gezocht in {{search}}, getoetst op {{heldOut}}.",
  "discovery.facts.overallRate": "Over iedereen: {{value}}.",
  "discovery.facts.overallMean": "Gemiddelde over iedereen: {{value}}.",
  "discovery.facts.protected": "Beschermde kenmerken, alleen ter controle: {{columns}}.",

  "discovery.chart.caption": "Uitkomst van elke groep tegenover de rest (achtergehouden helft)",
  "discovery.chart.label": "Groep {{id}}",
  "discovery.chart.cluster": "Cluster {{id}}",
  "discovery.chart.unstable": "{{name}} (instabiel)",
  "discovery.chart.axisRate": "Aandeel met de uitkomst →",
  "discovery.chart.axisScore": "Gemiddelde score →",
  "discovery.chart.point": "{{group}}: {{value}} (rest {{rest}})",
  "discovery.chart.interval": ", de groep aannemelijk tussen {{lower}} en {{upper}}",
  "discovery.chart.significant": "significant slechter af.",
  "discovery.chart.notSignificant": "niet significant.",
  "discovery.chart.item": "{{group}}: {{value}} tegenover {{rest}} bij de rest{{interval}}; {{verdict}}",
  "discovery.chart.description": "{{list}} Over iedereen: {{overall}}.",
  "discovery.chart.legend":
    "Stip: de groep; ring: de rest; lijn: het 95%-interval van het verschil, rond de rest geplaatst; rode driehoek: significant slechter af na correctie voor het aantal groepen (Holm); stippellijn: iedereen.",

  "discovery.group.title": "Groep {{id}}: {{description}}",
  "discovery.group.significant": "Significant slechter af (Holm p {{p}})",
  "discovery.group.notSignificant": "Niet significant in de achtergehouden helft",
  "discovery.group.better": "Significant anders, maar beter af in de achtergehouden helft (Holm p {{p}})",
  "discovery.group.cluster": "Cluster {{id}}",
  "discovery.group.unstable": "Instabiel: in minder dan de helft van de herhalingen teruggevonden",
  "discovery.group.similar": "Samengevoegd met vergelijkbare regels: {{rules}}",

  "discovery.composition.caption": "Groep {{id}} naar {{attribute}} (achtergehouden helft)",
  "discovery.composition.clusterCaption": "Cluster {{id}} naar {{attribute}} (achtergehouden helft)",
  "discovery.composition.group": "In de groep",
  "discovery.composition.rest": "Bij de rest",
  "discovery.composition.missing": "onbekend",
  "discovery.composition.hidden": "verborgen (minder dan 5)",

  "discovery.proxies.gap": "{{attribute}}: impact ratio {{ratio}} ({{lowest}} tegenover {{highest}}).",
  "discovery.proxies.noGap": "{{attribute}}: geen impact ratio ({{reason}}).",

  "discovery.provenance.seed": "Seed",
  "discovery.provenance.minSize": "Kleinste groep",
  "discovery.provenance.resamples": "Herhalingen voor stabiliteit",
  "discovery.provenance.minGroup": "Kleinste getoonde groep",

  "discovery.downloads.htmlUse": "het hele rapport, opent in elke browser",
  "discovery.downloads.jsonUse": "alle cijfers, voor andere software (schema aware.discovery/1)",

  "discovery.link.vacancy": "Benadeelde groepen ontdekken in dit besluitenlogboek",
  "discovery.link.vacancyIntro":
    "Zoek groepen kandidaten, beschreven met hun sollicitatievelden, die vaker dan de rest zijn afgewezen.",
  "discovery.link.upload": "Groepen ontdekken",
  "discovery.link.uploadNamed": "Groepen ontdekken in {{name}}",
};
