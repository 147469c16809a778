import type { PhraseEntry, PhraseHit } from "../phrase-entry.ts";

/**
 * Job titles with a gender and their neutral forms, our own compilation following the Taalunie's advice
 * (taaladvies.net: -kracht, -kundige, -hulp, medewerker) and the Pay Transparency Directive's
 * gender-neutral job titles (art. 5(3)); shared/reference/regulation.md §5.3 "Sex". Titles such as
 * "hoofd", "manager", "monteur" or "verpleegkundige" are neutral and absent. Both forms together
 * ("chauffeuse/chauffeur") is the Taalunie's other advice, and not a finding.
 *
 * compound: the title is also matched as the head of a Dutch compound ("wijkverpleegster"), and the
 * first part is kept in the rewrite ("wijkverpleegkundige").
 */
export interface GenderedTitle {
  readonly forms: readonly [singular: string, plural: string];
  readonly neutral: readonly [singular: string, plural: string];
  readonly compound?: boolean;
}

export const GENDERED_TITLES_NL: readonly GenderedTitle[] = [
  {
    forms: ["verpleegster", "verpleegsters"],
    neutral: ["verpleegkundige", "verpleegkundigen"],
    compound: true,
  },
  { forms: ["verzorgster", "verzorgsters"], neutral: ["verzorgende", "verzorgenden"], compound: true },
  { forms: ["secretaresse", "secretaresses"], neutral: ["secretaris", "secretarissen"], compound: true },
  { forms: ["schoonmaakster", "schoonmaaksters"], neutral: ["schoonmaker", "schoonmakers"], compound: true },
  { forms: ["werkster", "werksters"], neutral: ["schoonmaker", "schoonmakers"] },
  { forms: ["medewerkster", "medewerksters"], neutral: ["medewerker", "medewerkers"], compound: true },
  { forms: ["serveerster", "serveersters"], neutral: ["bedieningsmedewerker", "bedieningsmedewerkers"] },
  { forms: ["kapster", "kapsters"], neutral: ["kapper", "kappers"], compound: true },
  { forms: ["verkoopster", "verkoopsters"], neutral: ["verkoper", "verkopers"], compound: true },
  { forms: ["kassière", "kassières"], neutral: ["kassamedewerker", "kassamedewerkers"] },
  { forms: ["caissière", "caissières"], neutral: ["kassamedewerker", "kassamedewerkers"] },
  { forms: ["gastvrouw", "gastvrouwen"], neutral: ["host", "hosts"] },
  { forms: ["receptioniste", "receptionistes"], neutral: ["receptiemedewerker", "receptiemedewerkers"] },
  { forms: ["telefoniste", "telefonistes"], neutral: ["telefonist", "telefonisten"] },
  { forms: ["typiste", "typistes"], neutral: ["typist", "typisten"] },
  { forms: ["assistente", "assistentes"], neutral: ["assistent", "assistenten"], compound: true },
  { forms: ["adviseuse", "adviseuses"], neutral: ["adviseur", "adviseurs"], compound: true },
  { forms: ["consulente", "consulentes"], neutral: ["consulent", "consulenten"], compound: true },
  { forms: ["directrice", "directrices"], neutral: ["directeur", "directeuren"], compound: true },
  { forms: ["lerares", "leraressen"], neutral: ["leraar", "leraren"], compound: true },
  { forms: ["onderwijzeres", "onderwijzeressen"], neutral: ["leerkracht", "leerkrachten"] },
  { forms: ["kokkin", "kokkinnen"], neutral: ["kok", "koks"] },
  {
    forms: ["huishoudster", "huishoudsters"],
    neutral: ["huishoudelijk medewerker", "huishoudelijk medewerkers"],
  },
  { forms: ["stewardess", "stewardessen"], neutral: ["cabinemedewerker", "cabinemedewerkers"] },
  { forms: ["vakman", "vakmannen"], neutral: ["vakkracht", "vakkrachten"], compound: true },
  { forms: ["vaklieden", "vaklui"], neutral: ["vakkrachten", "vakkrachten"], compound: true },
  { forms: ["timmerman", "timmerlieden"], neutral: ["timmerkracht", "timmerkrachten"] },
  { forms: ["tuinman", "tuinlieden"], neutral: ["hovenier", "hoveniers"] },
  { forms: ["brandweerman", "brandweerlieden"], neutral: ["brandweermedewerker", "brandweermedewerkers"] },
  { forms: ["politieman", "politiemannen"], neutral: ["politieagent", "politieagenten"] },
  { forms: ["voorman", "voormannen"], neutral: ["ploegleider", "ploegleiders"] },
  { forms: ["cameraman", "cameramannen"], neutral: ["cameraoperator", "cameraoperators"] },
  { forms: ["wachtman", "wachtmannen"], neutral: ["beveiliger", "beveiligers"] },
  { forms: ["verkoopman", "verkoopmannen"], neutral: ["verkoper", "verkopers"] },
];

export const GENDERED_TITLES_EN: readonly GenderedTitle[] = [
  { forms: ["chairman", "chairmen"], neutral: ["chair", "chairs"] },
  { forms: ["chairwoman", "chairwomen"], neutral: ["chair", "chairs"] },
  { forms: ["salesman", "salesmen"], neutral: ["salesperson", "salespeople"] },
  { forms: ["saleswoman", "saleswomen"], neutral: ["salesperson", "salespeople"] },
  { forms: ["foreman", "foremen"], neutral: ["supervisor", "supervisors"] },
  { forms: ["fireman", "firemen"], neutral: ["firefighter", "firefighters"] },
  { forms: ["policeman", "policemen"], neutral: ["police officer", "police officers"] },
  { forms: ["policewoman", "policewomen"], neutral: ["police officer", "police officers"] },
  { forms: ["craftsman", "craftsmen"], neutral: ["craftsperson", "craftspeople"] },
  { forms: ["tradesman", "tradesmen"], neutral: ["tradesperson", "tradespeople"] },
  { forms: ["workman", "workmen"], neutral: ["worker", "workers"] },
  { forms: ["repairman", "repairmen"], neutral: ["repair technician", "repair technicians"] },
  { forms: ["deliveryman", "deliverymen"], neutral: ["delivery driver", "delivery drivers"] },
  { forms: ["handyman", "handymen"], neutral: ["maintenance technician", "maintenance technicians"] },
  { forms: ["cameraman", "cameramen"], neutral: ["camera operator", "camera operators"] },
  { forms: ["spokesman", "spokesmen"], neutral: ["spokesperson", "spokespeople"] },
  { forms: ["waitress", "waitresses"], neutral: ["server", "servers"] },
  { forms: ["stewardess", "stewardesses"], neutral: ["flight attendant", "flight attendants"] },
  { forms: ["hostess", "hostesses"], neutral: ["host", "hosts"] },
  { forms: ["headmaster", "headmasters"], neutral: ["head teacher", "head teachers"] },
  { forms: ["headmistress", "headmistresses"], neutral: ["head teacher", "head teachers"] },
  { forms: ["cleaning lady", "cleaning ladies"], neutral: ["cleaner", "cleaners"] },
];

/** "chauffeuse/chauffeur": both forms, the Taalunie's other advice. */
function pairedForm(hit: PhraseHit): boolean {
  const start = hit.tokens[0]!.start;
  const end = hit.tokens.at(-1)!.end;
  return (
    /^\s*\/\s*\p{L}/u.test(hit.fullText.slice(end, end + 4)) ||
    /\p{L}\s*\/\s*$/u.test(hit.fullText.slice(Math.max(0, start - 4), start))
  );
}

function titleEntry(title: GenderedTitle, language: "nl" | "en"): PhraseEntry {
  const [singular, plural] = title.forms;
  const alternatives = title.compound ? [`*${plural}`, `*${singular}`] : [plural, singular];
  return {
    rule: "title.gendered-form",
    language,
    patterns: title.compound ? [alternatives.join("|")] : [plural, singular],
    unless: pairedForm,
    replacement: (hit) => {
      const lower = hit.text.toLocaleLowerCase(language);
      const isPlural = lower.endsWith(plural);
      const form = isPlural ? plural : singular;
      const neutral = isPlural ? title.neutral[1] : title.neutral[0];
      // Keep the first part of a compound as written ("Wijk" in "Wijkverpleegster").
      return hit.text.slice(0, hit.text.length - form.length) + neutral;
    },
  };
}

export const GENDERED_TITLE_PHRASES: readonly PhraseEntry[] = [
  ...GENDERED_TITLES_NL.map((t) => titleEntry(t, "nl")),
  ...GENDERED_TITLES_EN.map((t) => titleEntry(t, "en")),
];
