/**
 * `npm start`: the main job on the bundled example, for a first look. Prints what `aware audit` can
 * do, then audits examples/hiring-decisions.csv (a synthetic log: 2,400 applicants, four stages,
 * three vacancies) by gender and ethnicity and their intersection. The web workbench comes later.
 */
import { fileURLToPath } from "node:url";
import { main } from "./main.ts";

const example = fileURLToPath(new URL("../../examples/hiring-decisions.csv", import.meta.url));
const args = [
  "audit",
  example,
  "--outcome",
  "selected",
  "--protected",
  "gender,ethnicity",
  "--intersections",
  "all",
  "--score",
  "assessment_score",
  "--exclude-below",
  "0.02",
  "--stage",
  "stage",
  "--stage-order",
  "application,screening,interview,offer",
  "--requisition",
  "vacancy",
  "--date",
  "decision_date",
];

process.stdout.write("aware audit --help\n\n");
await main(["audit", "--help"]);
process.stdout.write(
  `\n\naware ${args.map((a) => (a === example ? "examples/hiring-decisions.csv" : a)).join(" ")}\n\n`,
);
process.exitCode = await main(args);
