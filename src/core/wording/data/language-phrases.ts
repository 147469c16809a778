import type { PhraseEntry, PhraseHit } from "../phrase-entry.ts";

/**
 * Native-speaker and accent requirements, our own compilation from the College's rulings and guidance
 * (oordeel 2022-55, 2016-30, the Vacaturecheck; shared/reference/regulation.md §5.3 "Origin"). The
 * rewrites ask for a level instead: C1 on the Common European Framework (ERK in Dutch) stands in for
 * "native"; the suggestion tells the writer to choose the level the job really needs.
 */

const LANGUAGES_NL =
  "nederlands|engels|duits|frans|spaans|italiaans|pools|portugees|arabisch|turks|fries|papiaments";
const LANGUAGES_EN =
  "english|dutch|german|french|spanish|italian|polish|portuguese|arabic|turkish|frisian|chinese|mandarin";

const plural = (hit: PhraseHit, singular: string, many: string) =>
  hit.words.at(-1)?.lower.endsWith("s") ? many : singular;

export const LANGUAGE_PHRASES: readonly PhraseEntry[] = [
  {
    rule: "language.native",
    language: "nl",
    patterns: ["als je|jouw? moedertaal"],
    replacement: "op C1-niveau (ERK)",
  },
  {
    rule: "language.native",
    language: "nl",
    patterns: ["op moedertaalniveau"],
    replacement: "op C1-niveau (ERK)",
  },
  { rule: "language.native", language: "nl", patterns: ["moedertaalniveau"], replacement: "C1-niveau (ERK)" },
  {
    rule: "language.native",
    language: "nl",
    patterns: ["moedertaalspreker|moedertaalsprekers"],
    replacement: (hit) => plural(hit, "vloeiende spreker", "vloeiende sprekers"),
  },
  {
    rule: "language.native",
    language: "nl",
    patterns: [`moedertaal ${LANGUAGES_NL}`],
    replacement: (hit) => `vloeiend ${hit.words[1]?.text ?? ""} (C1)`,
  },
  { rule: "language.native", language: "nl", patterns: ["moedertaal"] },
  {
    rule: "language.native",
    language: "nl",
    patterns: ["native speaker|speakers"],
    replacement: (hit) => plural(hit, "vloeiende spreker", "vloeiende sprekers"),
  },
  {
    rule: "language.native",
    language: "en",
    patterns: ["native speaker|speakers"],
    replacement: (hit) => plural(hit, "fluent speaker", "fluent speakers"),
  },
  {
    rule: "language.native",
    language: "en",
    patterns: [`native ${LANGUAGES_EN}`],
    replacement: (hit) => `fluent ${hit.words[1]?.text ?? ""}`,
  },
  { rule: "language.native", language: "en", patterns: ["native level"], replacement: "C1-level" },
  {
    rule: "language.native",
    language: "en",
    patterns: ["native fluency|proficiency"],
    replacement: (hit) => `C1 ${hit.words[1]?.text ?? ""}`,
  },
  {
    rule: "language.native",
    language: "en",
    patterns: ["as your|a? mother|native|first tongue|language"],
    replacement: "at CEFR C1 level",
  },
  { rule: "language.native", language: "en", patterns: ["mother tongue"] },
  {
    rule: "language.accent",
    language: "nl",
    patterns: ["accentloos|accentvrij", "zonder|geen hoorbaar? accent"],
    replacement: "goed verstaanbaar",
  },
  {
    rule: "language.accent",
    language: "nl",
    patterns: ["accentloze|accentvrije"],
    replacement: "goed verstaanbare",
  },
  {
    rule: "language.accent",
    language: "en",
    patterns: ["without an? accent"],
    replacement: "clearly",
  },
  {
    rule: "language.accent",
    language: "en",
    patterns: ["accent free", "accentless|unaccented"],
    replacement: "clear",
  },
  { rule: "language.accent", language: "en", patterns: ["neutral accent"], replacement: "clear speech" },
];
