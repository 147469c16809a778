import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Language } from "../../core/i18n/language.ts";
import { applicationFormFields, formValueProblems } from "../../core/screening/application-form.ts";
import { DecisionLogError } from "../../sources/decision-log-error.ts";
import { readCandidates } from "../../sources/read-candidates.ts";
import type { ApplicationInput, StoredVacancy } from "../../store/store.ts";
import { AppError } from "../app-error.ts";
import { randomToken } from "../auth/tokens.ts";
import { canonicalFields } from "./application-input.ts";

const NAME_COLUMNS = ["name", "naam", "full_name", "volledige_naam"];
const EMAIL_COLUMNS = ["email", "e-mail", "e_mail", "emailadres", "e-mailadres"];
/** Without a name column, the file's own id names the candidate for HR. */
const ID_COLUMNS = ["id", "candidate", "candidate_id", "kandidaat"];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const pick = (fields: Readonly<Record<string, string | null | undefined>>, names: readonly string[]) => {
  const entry = Object.entries(fields).find(([k]) => names.includes(k.trim().toLowerCase()));
  return entry ? { column: entry[0], value: (entry[1] ?? "").trim() } : undefined;
};

/**
 * Reads an uploaded candidates file (CSV/TSV via DuckDB, or JSON: an array of objects or JSON lines)
 * into applications for a vacancy. Contact columns (name, email) become contact details; columns the
 * vacancy's form reads become fields; every other column (protected ones included) is dropped and
 * named in the answer. All or nothing: a bad row refuses the file, naming the row.
 */
export async function importApplications(input: {
  readonly vacancy: StoredVacancy;
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly filename: string;
  readonly dataDir: string;
  readonly userId: string;
  /** The language of the messages about a bad row. */
  readonly language: Language;
}): Promise<{ applications: ApplicationInput[]; droppedColumns: string[] }> {
  const { vacancy, filename } = input;
  const isJson = /json/i.test(input.contentType) || /\.jsonl?$/i.test(filename);
  const dir = join(input.dataDir, "tmp");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `import-${randomToken().slice(0, 16)}.${isJson ? "jsonl" : "csv"}`);
  try {
    await writeFile(path, isJson ? jsonLines(input.body, filename) : input.body);
    const candidates = await readCandidates(path, { idColumn: null }).catch((error: unknown) => {
      if (error instanceof DecisionLogError) throw error.renamed(filename);
      throw error;
    });
    const form = applicationFormFields(vacancy.definition);
    const dropped = new Set<string>();
    const applications = candidates.map((candidate, i): ApplicationInput => {
      const row = i + 1;
      const name = pick(candidate.fields, NAME_COLUMNS) ?? pick(candidate.fields, ID_COLUMNS);
      const email = pick(candidate.fields, EMAIL_COLUMNS);
      if (email && email.value !== "" && !EMAIL.test(email.value)) {
        throw rowError(filename, row, `'${email.value}' is not an email address`, email.column);
      }
      const contactColumns = new Set([name?.column, email?.column]);
      const rest = Object.fromEntries(
        Object.entries(candidate.fields).filter(([k]) => !contactColumns.has(k)),
      );
      const { kept, dropped: droppedHere } = canonicalFields(form, rest);
      for (const d of droppedHere) dropped.add(d);
      // The same checks as the form, except that a missing value is allowed (a person looks at it).
      const problem = formValueProblems(form, kept).find((p) => p.code !== "required");
      if (problem) throw rowError(filename, row, problem.message[input.language], problem.field);
      return {
        organisationId: vacancy.organisationId,
        vacancyId: vacancy.id,
        source: "import",
        name: name?.value ? name.value.slice(0, 200) : `${filename} #${row}`,
        email: email?.value ? email.value.toLowerCase() : null,
        fields: kept,
        preferenceClaim: false,
        createdBy: input.userId,
        statusTokenHash: null,
      };
    });
    return { applications, droppedColumns: [...dropped] };
  } finally {
    await rm(path, { force: true });
  }
}

const rowError = (file: string, row: number, detail: string, field: string) =>
  new AppError(422, "invalid-row", "api.import-row", { file, row, detail }, field);

/** JSON (an array of objects) or JSON lines, as JSON lines for DuckDB; the row of a bad value is named. */
function jsonLines(body: Uint8Array, filename: string): string {
  const text = new TextDecoder().decode(body).replace(/^\uFEFF/, "");
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("[")) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    throw new AppError(422, "invalid-json", "api.problem", {
      detail: `${filename}: not valid JSON (${(error as Error).message})`,
    });
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new AppError(422, "import-empty", "api.import-empty", { file: filename });
  }
  return parsed
    .map((item, i) => {
      if (item === null || typeof item !== "object" || Array.isArray(item)) {
        throw rowError(filename, i + 1, "each candidate must be an object with named fields", "body");
      }
      return JSON.stringify(item);
    })
    .join("\n");
}
