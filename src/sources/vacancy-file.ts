import { readFile } from "node:fs/promises";
import { z } from "zod";
import { CEFR_LEVELS, type Vacancy } from "../core/screening/vacancy.ts";

/** A problem in a vacancy file: where (a JSON path) and what, for the user to fix. */
export interface VacancyFileProblem {
  readonly path: string;
  readonly message: string;
}

export class VacancyFileError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly VacancyFileProblem[],
  ) {
    super(`${source}: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    this.name = "VacancyFileError";
  }
}

const bilingual = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const field = z.string().min(1).max(300);
const condition = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("yes"), field }),
  z.object({ kind: z.literal("atLeast"), field, value: z.number() }),
  z.object({ kind: z.literal("scale"), field, from: z.number(), to: z.number() }),
  z.object({ kind: z.literal("oneOf"), field, values: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal("includes"), field, value: z.string().min(1) }),
  z.object({ kind: z.literal("cefr"), field, level: z.enum(CEFR_LEVELS) }),
]);
const criterion = z.object({ id: z.string().min(1), label: bilingual, weight: z.number(), condition });

/** The vacancy file format, "aware.vacancy/1" (docs/vacancy-schema.md). */
export const vacancySchema = z.object({
  schema: z.literal("aware.vacancy/1"),
  id: z.string().min(1),
  title: bilingual,
  knockouts: z.array(z.object({ id: z.string().min(1), label: bilingual, reason: bilingual, condition })),
  criteria: z.array(criterion),
  niceToHaves: z.array(criterion).default([]),
  thresholds: z.object({ advance: z.number(), review: z.number() }),
  protectedColumns: z.array(z.string()).default([]),
  profileFields: z
    .object({
      careerGapMonths: z.string().optional(),
      maxGapMonths: z.number().min(0).optional(),
      diplomaCountry: z.string().optional(),
      homeCountry: z.string().optional(),
    })
    .optional(),
});

/** Parses and validates a vacancy given as JSON text; every problem is named by its path. */
export function parseVacancy(text: string, source: string): Vacancy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new VacancyFileError(source, [
      { path: "(file)", message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const result = vacancySchema.safeParse(json);
  if (!result.success) {
    throw new VacancyFileError(
      source,
      result.error.issues.map((i) => ({
        path:
          i.path
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
            .join("")
            .replace(/^\./, "") || "(file)",
        message: i.message,
      })),
    );
  }
  return result.data as Vacancy;
}

export async function readVacancyFile(path: string): Promise<Vacancy> {
  const text = await readFile(path, "utf8").catch(() => {
    throw new VacancyFileError(path, [{ path: "(file)", message: "file not found" }]);
  });
  return parseVacancy(text, path);
}
