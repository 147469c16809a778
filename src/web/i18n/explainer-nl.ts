import type { explainerEn } from "./explainer-en.ts";

/** Nederlandse teksten van de uitleg over bias (/learn, openbaar); dezelfde sleutels als explainer-en.ts. */
export const explainerNl: Record<keyof typeof explainerEn, string> = {
  "nav.learn": "Hoe bias binnensluipt",
  "welcome.learnTitle": "Hoe leert een model oude vooroordelen?",
  "welcome.learnText":
    "Een interactieve uitleg, zonder account: train een eenvoudig selectiemodel op een verzonnen, scheve geschiedenis, laat geslacht weg en zie het verschil blijven.",
  "welcome.learnLink": "Bekijk hoe bias een selectiemodel binnensluipt",

  "learn.title": "Hoe een selectiemodel oude vooroordelen leert",
  "learn.intro":
    "Een model dat is getraind op eerdere selectiebeslissingen, leert wat recruiters deden, ook hun vooroordelen. Het beschermde kenmerk weglaten lost dat niet op als andere kenmerken ervoor in de plaats komen. Volg vijf stappen met een verzonnen geschiedenis van {{size}} sollicitanten.",
  "learn.inBrowser":
    "Niets hier is echt en niets verlaat uw browser: de geschiedenis wordt uit een startgetal gemaakt, het model wordt op uw eigen computer getraind en elke impact ratio komt uit de auditmotor van Aware zelf.",

  "learn.scenario.gender": "Geslacht (vrouwen)",
  "learn.scenario.migration": "Migratieachtergrond",
  "learn.group.women": "vrouwen",
  "learn.group.men": "mannen",
  "learn.group.migration": "mensen met een migratieachtergrond",
  "learn.group.noMigration": "mensen zonder migratieachtergrond",
  "learn.attribute.gender": "geslacht",
  "learn.attribute.migration": "migratieachtergrond",
  "learn.proxies.gender": "deeltijdwerk en een gat in het cv",
  "learn.proxies.migration": "postcodegebied en een gat in het cv",
  "learn.feature.testScore": "Score op de vaardigheidstest (0–100)",
  "learn.feature.experience": "Jaren relevante ervaring",
  "learn.feature.woman": "Vrouw",
  "learn.feature.migration": "Migratieachtergrond",
  "learn.feature.partTime": "Werkt in deeltijd",
  "learn.feature.postcode": "Woont in een van de stadspostcodegebieden",
  "learn.feature.careerGap": "Gat in het cv van een jaar of langer",
  "learn.unit.perPoint": "per testpunt",
  "learn.unit.perYear": "per jaar",
  "learn.unit.ifYes": "bij ja",

  "learn.step1.title": "1. De geschiedenis",
  "learn.step1.text":
    "Stel u {{size}} eerdere sollicitanten voor. Een werkelijke geschiktheid, die niemand direct kan zien, bepaalt wie het werk goed zou doen; een vaardigheidstest en het aantal jaren ervaring meten die, met ruis. De groepen naar {{attribute}} zijn even geschikt, maar recruiters hielden de ene groep vroeger achter. Verander de instelling voor een eerlijker of hardere geschiedenis.",
  "learn.settings.title": "De verzonnen geschiedenis",
  "learn.settings.scenario": "Beschermde groep",
  "learn.settings.bias": "Hoe sterk recruiters de groep vroeger achterstelden",
  "learn.settings.biasHint":
    "0 is eerlijk. Bij 1,5 was de kans om aangenomen te worden, bij dezelfde testscore en ervaring, ruim vier keer zo klein (in odds).",
  "learn.settings.biasValue": "sterkte van de bias {{value}}",
  "learn.settings.seed": "Startgetal",
  "learn.settings.seedHint": "Hetzelfde getal geeft altijd dezelfde verzonnen geschiedenis.",
  "learn.settings.seedError": "Vul een heel getal in van 1 tot en met 999999.",
  "learn.settings.another": "Een andere geschiedenis",
  "learn.history.text":
    "In deze geschiedenis zijn {{protected}} en {{other}} even geschikt: {{protectedSuitable}} van de {{protected}} en {{otherSuitable}} van de {{other}} was werkelijk geschikt. Toch namen recruiters van de werkelijk geschikten {{protectedRate}} van de {{protected}} aan en {{otherRate}} van de {{other}}.",
  "learn.history.caption": "De eerdere beslissingen, per groep",
  "learn.history.all": "alle sollicitanten",
  "learn.history.suitable": "de werkelijk geschikten",
  "learn.history.axis": "Deel aangenomen",
  "learn.history.chart": "Deel dat vroeger werd aangenomen, per groep",
  "learn.history.ratio":
    "Geaudit zoals elk beslislogboek werden {{protected}} {{ratio}} keer zo vaak aangenomen als {{other}}: de impact ratio van het verleden.",
  "learn.col.group": "Groep",
  "learn.col.applicants": "Sollicitanten",
  "learn.col.suitable": "Werkelijk geschikt",
  "learn.col.hired": "Aangenomen",
  "learn.col.hireRate": "Aannamepercentage",
  "learn.col.suitableHireRate": "Aannamepercentage van de geschikten",
  "learn.col.invited": "Uitgenodigd",
  "learn.col.rate": "Uitnodigingspercentage",
  "learn.col.rateCi": "95%-interval",
  "learn.col.missed": "Geschikt maar niet uitgenodigd",
  "learn.col.impactRatio": "Impact ratio (95%-interval)",

  "learn.step2.title": "2. Een model leert de geschiedenis",
  "learn.step2.text":
    "Een leverancier traint een selectiemodel op deze {{size}} beslissingen: een logistische regressie, het eenvoudigste model dat er is, en een dat u kunt lezen. Het leert welke kenmerken samengingen met aangenomen worden, als punten op een scorekaart.",
  "learn.step2.caption": "De scorekaart geleerd uit de geschiedenis, met alle kenmerken",
  "learn.step2.chart": "Punten per kenmerk, geleerd uit de geschiedenis",
  "learn.step2.result":
    "Bij een nieuwe groep van {{size}} sollicitanten, even geschikt, waarvan iedereen met een voorspelde kans vanaf {{threshold}}% wordt uitgenodigd:",
  "learn.scorecard.feature": "Kenmerk",
  "learn.scorecard.points": "Punten",
  "learn.scorecard.counted": "Geteld",
  "learn.scorecard.start": "Startpunten",
  "learn.scorecard.startNote": "iedereen begint hier",
  "learn.scorecard.carriesGroup": "gaat samen met de beschermde groep",
  "learn.scorecard.howToRead":
    "Tel de punten op: een totaal van 0 is 50% kans op een uitnodiging, en elke {{points}} punten meer verdubbelt de odds. Minpunten voor een kenmerk dat niets over geschiktheid zegt, zijn het oude vooroordeel, geleerd alsof het een regel is.",
  "learn.scorecard.axis": "Punten",

  "learn.step3.title": "3. Laat {{attribute}} weg",
  "learn.step3.text":
    "Het eerste wat mensen proberen, is het beschermde kenmerk weglaten. Zet het uit en het model wordt opnieuw getraind zonder. Let op {{proxies}}: in deze geschiedenis gaan die samen met de groep, dus geeft het model hun het gewicht.",
  "learn.step3.toggle": "Geef het model het {{attribute}} van de sollicitanten",
  "learn.step3.caption": "De scorekaart van het model nu",
  "learn.step3.chart": "Punten per kenmerk van het model nu",

  "learn.step4.title": "4. Laat ook {{proxies}} weg",
  "learn.step4.text":
    "Hier zeggen {{proxies}} niets over geschiktheid. Haal ze ook weg, en het model ziet alleen nog wat geschiktheid meet.",
  "learn.step4.toggle": "Geef het model {{proxies}}",
  "learn.step4.lesson":
    "In echte gegevens zijn zulke plaatsvervangers moeilijker te zien: een postcode, een hobby, een school of de woorden in een cv kunnen elk een beetje van de groep meedragen. Kolommen weglaten bewijst geen eerlijkheid; de uitkomsten meten wel.",
  "learn.model.full": "Het model met alle kenmerken",
  "learn.model.noAttribute": "Zonder {{attribute}}",
  "learn.model.noProxies": "Zonder {{proxies}}",
  "learn.model.neither": "Zonder {{attribute}} en zonder {{proxies}}",
  "learn.compare.caption":
    "Elke manier om het model te trainen, met uitnodigen vanaf een voorspelde kans van {{threshold}}%",
  "learn.compare.model": "Model",
  "learn.compare.ratio": "Impact ratio",
  "learn.compare.rule": "Vier-vijfderegel",
  "learn.compare.p": "p-waarde",
  "learn.compare.current": "het model nu",
  "learn.compare.below": "onder 0,8",
  "learn.compare.notBelow": "niet onder 0,8",

  "learn.step5.title": "5. Waar u de grens legt",
  "learn.step5.text":
    "Een model geeft een kans; iemand besluit vanaf welke kans een kandidaat wordt uitgenodigd. Verschuif de drempel en zie hoe de impact ratio en de gemiste geschikte kandidaten veranderen, voor het model zoals u het hierboven instelde.",
  "learn.threshold.label": "Kandidaten uitnodigen met een voorspelde kans van minstens",
  "learn.threshold.hint": "Met de pijltjestoetsen schuift de drempel één procent per keer.",
  "learn.threshold.points": "Dat is een totaal op de scorekaart van {{points}} punten of meer.",
  "learn.threshold.axis": "Drempel (voorspelde kans)",
  "learn.outcome.caption": "De nieuwe sollicitanten bij een drempel van {{threshold}}%",
  "learn.outcome.missedOf": "{{missed}} van {{suitable}}",
  "learn.outcome.ratio":
    "{{protected}} worden {{ratio}} keer zo vaak uitgenodigd als {{other}} (de impact ratio).",
  "learn.outcome.below": "Dat is onder de vier-vijfdegrens (0,8).",
  "learn.outcome.notBelow": "Dat is niet onder de vier-vijfdegrens (0,8).",
  "learn.outcome.significant": "Het verschil is statistisch significant ({{p}}): waarschijnlijk geen toeval.",
  "learn.outcome.chance": "Het verschil kan toeval zijn ({{p}}).",
  "learn.outcome.undefined":
    "Geen impact ratio: bij deze drempel wordt niemand van de {{other}} uitgenodigd.",
  "learn.curve.axis": "↑ Impact ratio",
  "learn.curve.caption": "Impact ratio van {{group}} bij elke drempel",
  "learn.curve.description":
    "De impact ratio bij elke drempel van 5% tot 95%: {{list}}. Rode stippellijn: vier vijfde (0,8); grijze lijn: gelijke percentages (1); de gestippelde lijn markeert de gekozen drempel.",
  "learn.missed.axis": "Deel van de werkelijk geschikten dat niet is uitgenodigd",
  "learn.missed.caption": "Gemiste geschikte kandidaten, per groep",
  "learn.missed.describe":
    "{{group}}: {{missed}} van {{suitable}} werkelijk geschikten niet uitgenodigd ({{share}}).",
  "learn.step5.lesson":
    "Elke gemiste geschikte kandidaat is iemand die de werkgever nodig had en niet uitnodigde. De impact ratio verandert met de drempel: controleer hem dus bij de drempel die u echt gebruikt.",
  "learn.live": "{{model}}, drempel {{threshold}}%: {{sentence}}",

  "learn.do.title": "Wat u als werkgever kunt doen",
  "learn.do.audit": "Audit uw eigen uitkomsten",
  "learn.do.auditText":
    "met het beslislogboek van uw wervingssysteem: selectiepercentages per groep, impact ratio's met hun significantie, en waar in de trechter een verschil ontstaat.",
  "learn.do.discovery": "Zoek naar groepen die u niet kunt benoemen.",
  "learn.do.discoveryText":
    "Zonder gegevens over geslacht of herkomst zoekt biasverkenning in het logboek naar combinaties van kenmerken (zoals deeltijd met een gat in het cv) die slechter uitkomen; die wordt in de audits van Aware ingebouwd.",
  "learn.do.discoveryLink": "Naar de audits",
  "learn.do.assessment": "Beoordeel het systeem vóór gebruik",
  "learn.do.assessmentText":
    "met de vragen van de AI-verordening, de AVG en het Impact Assessment Mensenrechten en Algoritmes (IAMA), een actielijst en een rapport.",
  "learn.do.screening": "Houd een mens aan het stuur",
  "learn.do.screeningText":
    "met gepubliceerde, uitlegbare selectieregels, een reden bij elke afwijking en ook een audit van de beslissingen van mensen.",
  "learn.do.account":
    "Voor deze onderdelen van Aware hebt u een account nodig. Met de demo-organisatie op de startpagina probeert u ze zonder.",
  "learn.method.title": "Hoe deze simulatie werkt",
  "learn.method.history":
    "{{size}} eerdere en {{size}} nieuwe sollicitanten worden uit het startgetal getrokken. Geschiktheid is normaal verdeeld en in beide groepen gelijk; de testscore en de ervaring meten die met ruis; de twee plaatsvervangers hangen alleen van de groep af. Een eerdere beslissing was een munt, verzwaard door testscore en ervaring, min de sterkte van de bias voor de beschermde groep.",
  "learn.method.model":
    "Het model is een logistische regressie, geschat met iteratief herwogen kleinste kwadraten (de methode van Newton), dezelfde methode als in statistiekpakketten; de coëfficiënten staan als punten op een scorekaart (20 punten verdubbelen de odds).",
  "learn.method.audit":
    "Elke selectie wordt geaudit door de auditmotor van Aware, dezelfde die geüploade beslislogboeken leest: de uitnodigingspercentages met Wilson-intervallen, de impact ratio ten opzichte van de andere groep met een Katz-interval, en de exacte toets van Fisher.",
} as const;
