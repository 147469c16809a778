import type { Language } from "../core/i18n/language.ts";
import {
  screeningCsvPieces,
  screeningDocument,
  screeningJsonPieces,
  screeningText,
} from "../core/report/screening-document.ts";
import { checkVacancy } from "../core/screening/check-vacancy.ts";
import { screenCandidates, screenCandidatesOneByOne } from "../core/screening/screen-candidates.ts";
import { readCandidates } from "../sources/read-candidates.ts";
import { readVacancyFile, VacancyFileError } from "../sources/vacancy-file.ts";
import { EXIT_OK, UsageError } from "./exit-codes.ts";
import { VERSION } from "./version.ts";
import { writeStreamOutput } from "./write-stream-output.ts";

export interface ScreenFlags {
  readonly format?: string;
  readonly out?: string;
  readonly id?: string;
}

const FORMATS = ["table", "json", "csv"] as const;

/** Runs `aware screen`: check the vacancy, read the candidates, screen, write. Returns the exit code. */
export async function runScreen(
  vacancyPath: string,
  candidatesPath: string,
  flags: ScreenFlags,
  language: Language,
): Promise<number> {
  const format = (flags.format ?? "table") as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${flags.format}"`);
  const vacancy = await readVacancyFile(vacancyPath);
  const check = checkVacancy(vacancy);
  if (check.errors.length > 0) {
    throw new VacancyFileError(
      vacancyPath,
      check.errors.map((e) => ({ path: e.path, message: e.message[language] })),
    );
  }
  for (const w of check.warnings)
    process.stderr.write(`aware: ${vacancyPath}: ${w.path}: ${w.message[language]}\n`);
  const candidates = await readCandidates(
    candidatesPath,
    flags.id !== undefined ? { idColumn: flags.id } : {},
  );
  const provenance = {
    input: { vacancy: vacancyPath, candidates: candidatesPath, rows: candidates.length },
    version: VERSION,
    generatedAt: new Date().toISOString(),
  };
  // JSON and CSV are written as the results come; the table sorts, so it needs them all.
  const pieces =
    format === "json"
      ? screeningJsonPieces(vacancy, screenCandidatesOneByOne(vacancy, candidates), provenance)
      : format === "csv"
        ? screeningCsvPieces(vacancy, screenCandidatesOneByOne(vacancy, candidates))
        : [
            screeningText(
              language,
              screeningDocument(vacancy, screenCandidates(vacancy, candidates), provenance),
            ),
          ];
  await writeStreamOutput(flags.out, pieces);
  return EXIT_OK;
}
