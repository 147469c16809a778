import { readFile } from "node:fs/promises";
import type { Language } from "../core/i18n/language.ts";
import { checkVacancyText } from "../core/wording/check-vacancy-text.ts";
import { renderWordingMarkdown } from "../core/wording/render-wording-markdown.ts";
import { renderWordingText } from "../core/wording/render-wording-text.ts";
import { DEFAULT_MAX_REQUIREMENTS } from "../core/wording/requirement-list.ts";
import { wordingDocument, wordingJson } from "../core/wording/wording-document.ts";
import { DecisionLogError } from "../sources/decision-log-error.ts";
import { EXIT_OK, UsageError } from "./exit-codes.ts";
import { VERSION } from "./version.ts";
import { writeOutput } from "./write-output.ts";

export interface CheckVacancyFlags {
  /** The language of the text: nl, en or auto (default). */
  readonly lang?: string;
  /** table (default), json or md. */
  readonly format?: string;
  readonly out?: string;
  /** Most requirements listed before it is a finding (default 8). */
  readonly maxRequirements?: string;
}

/** Where the text comes from and the output goes; tests pass their own. */
export interface CheckVacancyIo {
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  readonly stdout?: { write(chunk: string): unknown };
}

const FORMATS = ["table", "json", "md"] as const;
const LANGS = ["nl", "en", "auto"] as const;
/** A vacancy is a few kilobytes; anything past this is the wrong file. */
export const MAX_TEXT_BYTES = 1 << 20;

const DETAIL = {
  en: {
    folder: "it is a folder, not a text file",
    binary:
      "it looks like a binary file (it contains NUL bytes); give the vacancy as plain text (.txt or .md)",
    encoding: "it is not UTF-8 text; save the vacancy as UTF-8 plain text",
    empty: "it contains no text",
    large: `it is larger than ${MAX_TEXT_BYTES / 1024} KiB, which is not a vacancy text`,
    stdin: "standard input",
  },
  nl: {
    folder: "het is een map, geen tekstbestand",
    binary:
      "het lijkt een binair bestand (het bevat NUL-bytes); lever de vacature aan als platte tekst (.txt of .md)",
    encoding: "het is geen UTF-8-tekst; sla de vacature op als platte tekst in UTF-8",
    empty: "het bevat geen tekst",
    large: `het is groter dan ${MAX_TEXT_BYTES / 1024} KiB, dat is geen vacaturetekst`,
    stdin: "standaardinvoer",
  },
} as const;

/**
 * Runs `aware check-vacancy <file|->`: reads the text (a file, or standard input for "-"), checks it
 * (core/wording), renders the table, JSON or Markdown, and writes it to standard output or atomically
 * to --out. The table speaks the language of the text when it is Dutch or English, else `language`.
 * Returns the exit code; throws a UsageError or a DecisionLogError (named file, NL/EN message).
 */
export async function checkVacancyCommand(
  file: string,
  flags: CheckVacancyFlags,
  language: Language,
  io: CheckVacancyIo = {},
): Promise<number> {
  const format = (flags.format ?? "table") as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${flags.format}"`);
  const lang = (flags.lang ?? "auto") as (typeof LANGS)[number];
  if (!LANGS.includes(lang))
    throw new UsageError(`--lang must be one of ${LANGS.join(", ")}; got "${flags.lang}"`);
  const maxRequirements =
    flags.maxRequirements === undefined ? DEFAULT_MAX_REQUIREMENTS : Number(flags.maxRequirements);
  if (!(Number.isInteger(maxRequirements) && maxRequirements >= 0))
    throw new UsageError(
      `--max-requirements must be a whole number, 0 or more; got "${flags.maxRequirements}"`,
    );

  const source = file === "-" ? DETAIL[language].stdin : file;
  const text = decodeText(await readInput(file, source, language, io), source, language);
  const check = checkVacancyText(text, { language: lang, maxRequirements });
  const doc = wordingDocument(check, {
    input: { source: file, characters: text.length },
    version: VERSION,
    generatedAt: new Date().toISOString(),
  });
  const view: Language = lang !== "auto" ? lang : check.language !== "undefined" ? check.language : language;
  const output =
    format === "json"
      ? wordingJson(doc)
      : format === "md"
        ? renderWordingMarkdown(view, doc, text)
        : renderWordingText(view, doc, text);
  if (flags.out !== undefined) await writeOutput(flags.out, output);
  else (io.stdout ?? process.stdout).write(output);
  return EXIT_OK;
}

const unreadable = (source: string, detail: string) =>
  new DecisionLogError("unreadable-file", { source, detail }, `${source}: ${detail}`);

async function readInput(
  file: string,
  source: string,
  language: Language,
  io: CheckVacancyIo,
): Promise<Buffer> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin ?? process.stdin) {
      const b = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
      size += b.length;
      if (size > MAX_TEXT_BYTES) throw unreadable(source, DETAIL[language].large);
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  }
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_TEXT_BYTES) throw unreadable(source, DETAIL[language].large);
    return bytes;
  } catch (error) {
    if (error instanceof DecisionLogError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new DecisionLogError("file-not-found", { source }, `${source}: file not found`);
    if (code === "EISDIR") throw unreadable(source, DETAIL[language].folder);
    throw unreadable(source, (error as Error).message);
  }
}

/** UTF-8 text without a byte-order mark; binary, non-UTF-8 and empty input are refused by name. */
function decodeText(bytes: Buffer, source: string, language: Language): string {
  if (bytes.includes(0)) throw unreadable(source, DETAIL[language].binary);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(source, DETAIL[language].encoding);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw unreadable(source, DETAIL[language].empty);
  return text;
}
