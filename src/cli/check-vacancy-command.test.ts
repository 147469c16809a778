/** `aware check-vacancy` as a function: files and standard input, the three formats, --out, and bad input. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Language } from "../core/i18n/language.ts";
import { WORDING_CATEGORIES } from "../core/wording/wording-finding.ts";
import { DecisionLogError } from "../sources/decision-log-error.ts";
import { type CheckVacancyFlags, checkVacancyCommand } from "./check-vacancy-command.ts";
import { errorMessage } from "./error-message.ts";
import { UsageError } from "./exit-codes.ts";
import { main } from "./main.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const example = (name: string) => join(root, "examples/vacancy-texts", name);
const temp = () => mkdtempSync(join(tmpdir(), "aware-check-vacancy-"));

async function run(file: string, flags: CheckVacancyFlags = {}, language: Language = "en", stdin?: string) {
  let stdout = "";
  const code = await checkVacancyCommand(file, flags, language, {
    stdout: { write: (s: string) => (stdout += s) },
    ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin, "utf8")]) } : {}),
  });
  return { code, stdout };
}

async function failure(file: string, flags: CheckVacancyFlags = {}, language: Language = "en") {
  try {
    await run(file, flags, language);
  } catch (error) {
    return { error, message: errorMessage(language, error) };
  }
  throw new Error("expected the command to fail");
}

describe("aware check-vacancy", () => {
  it("writes the documented JSON: language and findings with category, offsets, text, rule, why, suggestion", async () => {
    const file = example("verzorgster-nl.txt");
    const text = readFileSync(file, "utf8");
    const { code, stdout } = await run(file, { format: "json" });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.schema).toBe("aware.wording/1");
    expect(doc.language).toBe("nl");
    expect(doc.provenance.input).toEqual({ source: file, characters: text.length });
    expect(Object.keys(doc.summary)).toEqual([...WORDING_CATEGORIES]);
    expect(doc.findings.length).toBeGreaterThan(10);
    for (const f of doc.findings) {
      expect(WORDING_CATEGORIES).toContain(f.category);
      for (const key of ["start", "end", "text", "rule", "explanation", "suggestion"])
        expect(f).toHaveProperty(key);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it("finds nothing in the rewritten examples", async () => {
    for (const name of ["verzorgende-nl-neutraal.txt", "developer-en-neutral.txt"]) {
      const doc = JSON.parse((await run(example(name), { format: "json" })).stdout);
      expect(doc.findings, name).toEqual([]);
    }
  });

  it("reads standard input for '-', and honours --lang", async () => {
    const text = readFileSync(example("developer-en.txt"), "utf8");
    const doc = JSON.parse((await run("-", { format: "json" }, "en", text)).stdout);
    expect(doc.language).toBe("en");
    expect(doc.provenance.input.source).toBe("-");
    const given = JSON.parse((await run("-", { format: "json", lang: "en" }, "en", "Salesman (m/f)")).stdout);
    expect(given.language).toBe("en");
    expect(given.detection.method).toBe("given");
    expect(given.findings.map((f: { rule: string }) => f.rule)).toContain("title.gendered-form");
  });

  it("prints a table in the language of the text, and Markdown", async () => {
    const nl = (await run(example("verzorgster-nl.txt"), {}, "en")).stdout;
    expect(nl).toContain("Vacaturetekstcheck");
    expect(nl).toContain("Leeftijd");
    expect(nl).toMatch(/1:1 {2}Functienaam {2}"Verzorgster"/);
    const en = (await run(example("developer-en.txt"), { format: "md" }, "nl")).stdout;
    expect(en).toContain("# Vacancy text check");
    expect(en).toContain("| Age |");
    expect(en).toContain("`age.young-and-dynamic`");
    const short = (await run("-", {}, "nl", "Kok")).stdout;
    expect(short).toContain("Taal: onbepaald");
  });

  it("writes --out atomically, the same as standard output", async () => {
    const dir = temp();
    const out = join(dir, "check.md");
    const { code, stdout } = await run(example("developer-en.txt"), { format: "md", out });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const viaStdout = (await run(example("developer-en.txt"), { format: "md" })).stdout;
    expect(readFileSync(out, "utf8")).toBe(viaStdout);
  });

  it("names the file in a clear message for a missing, empty, binary, non-UTF-8 file or a folder", async () => {
    const dir = temp();
    const missing = await failure(join(dir, "nope.txt"));
    expect(missing.error).toBeInstanceOf(DecisionLogError);
    expect(missing.message).toBe(`${join(dir, "nope.txt")}: file not found. Check the path.`);
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "  \n\n");
    expect((await failure(empty, {}, "nl")).message).toBe(
      `${empty}: het bestand is niet te lezen: het bevat geen tekst`,
    );
    const binary = join(dir, "cv.pdf");
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    expect((await failure(binary)).message).toMatch(
      new RegExp(`^${binary}: cannot read the file: it looks like a binary file`),
    );
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect((await failure(latin1)).message).toContain("it is not UTF-8 text");
    expect((await failure(dir)).message).toBe(
      `${dir}: cannot read the file: it is a folder, not a text file`,
    );
    const bom = join(dir, "bom.txt");
    writeFileSync(bom, "\ufeffKok (m/v/x)\n");
    expect(JSON.parse((await run(bom, { format: "json" })).stdout).provenance.input.characters).toBe(12);
  });

  it("refuses bad flags with a usage error", async () => {
    const file = example("developer-en.txt");
    for (const flags of [
      { format: "html" },
      { lang: "de" },
      { maxRequirements: "-1" },
      { maxRequirements: "x" },
    ]) {
      const { error, message } = await failure(file, flags);
      expect(error).toBeInstanceOf(UsageError);
      expect(message).toMatch(/^Usage error: --/);
    }
  });

  it("runs through the aware command line, flags parsed by main.ts", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "aware-check-main-")), "check.json");
    const code = await main([
      "check-vacancy",
      example("developer-en.txt"),
      "--format",
      "json",
      "--max-requirements",
      "20",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.requirements).toEqual({ items: 10, limit: 20 });
    expect(doc.findings.map((f: { rule: string }) => f.rule)).not.toContain("requirements.too-many");
  });
});
