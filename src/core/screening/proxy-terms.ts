import { fieldWords } from "./field-name.ts";
import type { Bilingual } from "./vacancy.ts";

/**
 * Known proxies: criteria that look neutral but stand in for a protected characteristic, so selecting
 * on them can be indirect discrimination (AWGB art. 1 lid 1 sub c; Directive 2000/43/EC art. 2(2)(b),
 * 2000/78/EC art. 2(2)(b)): allowed only with a legitimate aim and a necessary, proportionate means.
 * The screening check warns and suggests what to use instead.
 */
export interface Proxy {
  readonly code: string;
  readonly pattern: RegExp;
  /** Why it can stand in for a protected characteristic, and what to use instead. */
  readonly why: Bilingual;
}

export const PROXIES: readonly Proxy[] = [
  {
    code: "proxy-postcode",
    pattern: /post ?code|\bzip\b|woonplaats|\baddress|\badres|residence|woonwijk/,
    why: {
      en: "Where people live is closely linked to ethnic origin and income, so selecting on it can be indirect discrimination. If the job needs it, ask about travel time or willingness to travel instead.",
      nl: "Waar iemand woont hangt sterk samen met herkomst en inkomen, dus selecteren hierop kan indirecte discriminatie zijn. Vraag, als de functie het nodig maakt, naar reistijd of bereidheid om te reizen.",
    },
  },
  {
    code: "proxy-graduation-year",
    pattern: /graduat.*year|year.*graduat|afstudeerjaar|jaar.*afstuder|since graduation/,
    why: {
      en: "The year someone graduated almost gives away their age, so selecting on it can be indirect age discrimination. Ask for the relevant experience or qualification instead.",
      nl: "Het jaar van afstuderen verraadt bijna de leeftijd, dus selecteren hierop kan indirecte leeftijdsdiscriminatie zijn. Vraag naar de relevante ervaring of kwalificatie.",
    },
  },
  {
    code: "proxy-native-speaker",
    pattern: /native|moedertaal|mother tongue|first language/,
    why: {
      en: "Being a native speaker depends on where someone grew up, so requiring it can be indirect discrimination by origin. Ask for the language level the job needs (a CEFR level such as B1 or C1) instead.",
      nl: "Moedertaalspreker zijn hangt af van waar iemand opgroeide, dus dit eisen kan indirecte discriminatie op herkomst zijn. Vraag naar het taalniveau dat de functie nodig heeft (een ERK-niveau zoals B1 of C1).",
    },
  },
  {
    code: "proxy-employment-gap",
    pattern: /\bgaps?\b|hiaat|career break|loopbaanonderbreking|\bunemploy|werkloos/,
    why: {
      en: "Gaps in a career often come from caring for children or relatives, pregnancy or illness, so scoring them can be indirect discrimination by sex or disability. Score the skills and experience the job needs instead; unusual careers go to a person.",
      nl: "Onderbrekingen in een loopbaan komen vaak door zorg voor kinderen of naasten, zwangerschap of ziekte, dus hierop scoren kan indirecte discriminatie op geslacht of handicap zijn. Scoor de vaardigheden en ervaring die de functie vraagt; ongewone loopbanen gaan naar een medewerker.",
    },
  },
  {
    code: "proxy-photo",
    pattern: /photo|\bfoto|picture|pasfoto|\bimage\b/,
    why: {
      en: "A photo shows sex, skin colour, age and sometimes religion or disability, so it must not play a part in selection. Leave it out.",
      nl: "Een foto toont geslacht, huidskleur, leeftijd en soms geloof of handicap, dus mag geen rol spelen bij selectie. Laat hem weg.",
    },
  },
  {
    code: "proxy-name",
    pattern: /\bnames?\b|naam\b|surname|firstname|lastname/,
    why: {
      en: "A name often reveals sex and origin; Dutch field studies show applicants with a non-Western name are invited less often. Do not select on it.",
      nl: "Een naam verraadt vaak geslacht en herkomst; Nederlands praktijkonderzoek laat zien dat sollicitanten met een niet-westerse naam minder vaak worden uitgenodigd. Selecteer er niet op.",
    },
  },
];

/** The proxy a field name (or a required value such as "native speaker") points to, or null. */
export const proxyOf = (text: string): Proxy | null => {
  const words = fieldWords(text);
  return PROXIES.find((p) => p.pattern.test(words)) ?? null;
};
