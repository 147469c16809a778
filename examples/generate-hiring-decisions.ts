/**
 * Writes examples/hiring-decisions.csv: a synthetic, seeded decision log of 2,400 applicants to three
 * vacancies, one row per applicant per stage reached (application → screening → interview → offer).
 * Nothing in it is real. Built-in patterns for the demo: candidates with a non-Dutch background pass
 * the CV screening less often at equal scores, and women are less often invited after the interview at
 * one vacancy. Run: node --import tsx examples/generate-hiring-decisions.ts
 */
import { writeFileSync } from "node:fs";
import { mulberry32 } from "./seeded-random.ts";

const random = mulberry32(20221129);
const pick = <T>(items: readonly [T, number][]): T => {
  let u = random();
  for (const [item, weight] of items) {
    if (u < weight) return item;
    u -= weight;
  }
  return items[items.length - 1]![0];
};
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const vacancies = ["V-101 data analyst", "V-102 service desk", "V-103 warehouse lead"] as const;
const stages = ["application", "screening", "interview", "offer"] as const;
const rows: string[] = [
  "candidate,vacancy,stage,decision_date,selected,assessment_score,gender,ethnicity,age_band",
];
const day = (offset: number) =>
  new Date(Date.UTC(2025, 0, 6) + offset * 86_400_000).toISOString().slice(0, 10);
for (let i = 1; i <= 2400; i++) {
  const vacancy = pick(vacancies.map((v, k) => [v, [0.4, 0.35, 0.25][k]!] as [string, number]));
  const gender = pick([
    ["vrouw", 0.46],
    ["man", 0.52],
    ["anders", 0.01],
    ["", 0.01],
  ]);
  const ethnicity = pick([
    ["Nederlands", 0.62],
    ["Turks", 0.09],
    ["Marokkaans", 0.09],
    ["Surinaams", 0.07],
    ["Overig", 0.1],
    ["", 0.03],
  ]);
  const age = pick([
    ["<30", 0.35],
    ["30-49", 0.45],
    ["50+", 0.2],
  ]);
  const score = Math.round((62 + 11 * normal()) * 10) / 10;
  const id = `C${String(i).padStart(5, "0")}`;
  const applied = Math.floor(random() * 300);
  // Chance to advance at each stage: screening leans on the score but penalises a non-Dutch background.
  const passScreening =
    (1 / (1 + Math.exp(-(score - 62) / 6))) * (ethnicity === "Nederlands" || ethnicity === "" ? 1 : 0.68);
  const passInterview = vacancy.startsWith("V-103") && gender === "vrouw" ? 0.3 : 0.5;
  const chances = [passScreening * 0.95, passInterview, 0.55, 0.8];
  for (let s = 0; s < stages.length; s++) {
    const advanced = random() < chances[s]!;
    const last = s === stages.length - 1;
    rows.push(
      [
        id,
        vacancy,
        stages[s],
        day(applied + 14 * s),
        advanced ? "ja" : "nee",
        s === 0 ? score.toFixed(1) : "",
        gender,
        ethnicity,
        age,
      ].join(","),
    );
    if (!advanced || last) break;
  }
}
writeFileSync(new URL("./hiring-decisions.csv", import.meta.url), `${rows.join("\n")}\n`);
console.log(`wrote ${rows.length - 1} rows`);
