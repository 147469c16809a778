/**
 * Writes the screening example: examples/vacancy-home-care.json (the example vacancy of
 * src/core/screening/example-vacancy.ts) and examples/candidates-home-care.csv, 300 synthetic
 * candidates, seeded. The candidates file also holds protected columns (for a later audit); the
 * vacancy lists them as protected, so screening never reads them. Nothing in it is real.
 * Run: node --import tsx examples/generate-screening-example.ts [count] [out.csv]
 */
import { writeFileSync } from "node:fs";
import { exampleVacancy } from "../src/core/screening/example-vacancy.ts";
import { mulberry32 } from "./seeded-random.ts";

/** Synthetic candidates for any vacancy: a value for each field its rules use, plus protected columns. */
export function syntheticCandidates(count: number, seed = 20261129): string {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const fields = new Map<string, (typeof exampleVacancy.criteria)[number]["condition"]>();
  for (const rule of [
    ...exampleVacancy.knockouts,
    ...exampleVacancy.criteria,
    ...exampleVacancy.niceToHaves,
  ]) {
    fields.set(rule.condition.field, rule.condition);
  }
  const profile = exampleVacancy.profileFields ?? {};
  const columns = [
    "id",
    ...fields.keys(),
    ...(profile.careerGapMonths ? [profile.careerGapMonths] : []),
    ...(profile.diplomaCountry ? [profile.diplomaCountry] : []),
    ...exampleVacancy.protectedColumns,
  ];
  const lines = [columns.join(",")];
  for (let i = 1; i <= count; i++) {
    const row: string[] = [`K${String(i).padStart(6, "0")}`];
    for (const condition of fields.values()) {
      const missing = random() < 0.02;
      if (missing) {
        row.push("");
        continue;
      }
      switch (condition.kind) {
        case "yes":
          row.push(random() < 0.85 ? "ja" : "nee");
          break;
        case "atLeast":
        case "scale":
          row.push(String(Math.round(random() * 12 * 10) / 10).replace(".", random() < 0.3 ? "," : "."));
          break;
        case "oneOf":
          row.push(random() < 0.6 ? pick(condition.values) : "geen");
          break;
        case "includes":
          row.push(random() < 0.5 ? `${condition.value};plannen` : "plannen;rapporteren");
          break;
        case "cefr":
          row.push(pick(["A2", "B1", "B2", "C1", "C2"]));
          break;
      }
    }
    if (profile.careerGapMonths) row.push(String(random() < 0.1 ? Math.round(random() * 48) : 0));
    if (profile.diplomaCountry) row.push(random() < 0.12 ? pick(["MA", "TR", "SY", "PL"]) : "NL");
    for (const column of exampleVacancy.protectedColumns) {
      row.push(
        column === "gender"
          ? pick(["vrouw", "man", "anders"])
          : column === "age_band"
            ? pick(["<30", "30-49", "50+"])
            : pick(["ja", "nee", ""]),
      );
    }
    lines.push(row.map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(","));
  }
  return `${lines.join("\n")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 300);
  const out = process.argv[3] ?? new URL("./candidates-home-care.csv", import.meta.url).pathname;
  writeFileSync(
    new URL("./vacancy-home-care.json", import.meta.url),
    `${JSON.stringify(exampleVacancy, null, 2)}\n`,
  );
  writeFileSync(out, syntheticCandidates(count));
  console.log(`wrote the vacancy and ${count} candidates to ${out}`);
}
