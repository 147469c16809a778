import { Command, CommanderError, Option } from "commander";
import { type Language, languageOf } from "../core/i18n/language.ts";
import { runAudit } from "./audit-command.ts";
import { checkVacancyCommand } from "./check-vacancy-command.ts";
import { runDiscover } from "./discover-command.ts";
import { errorMessage } from "./error-message.ts";
import { EXIT_USAGE } from "./exit-codes.ts";
import { runScreen } from "./screen-command.ts";
import { VERSION } from "./version.ts";

/** The `aware` command line. Returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[]): Promise<number> {
  let language: Language = languageOf(process.env.AWARE_LANG ?? process.env.LC_ALL ?? process.env.LANG);
  const langFlag = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (langFlag >= 0) {
    const value = argv[langFlag]?.includes("=") ? argv[langFlag]?.split("=")[1] : argv[langFlag + 1];
    language = languageOf(value);
  }
  let exitCode = 0;
  const program = new Command()
    .name("aware")
    .description("Aware: audits of selection procedures for adverse impact, and explainable screening.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command("audit")
    .description(
      "Audit a decision log for adverse impact: selection rates, impact ratios with confidence intervals, the four-fifths rule, exact tests and corrections, per attribute and intersection.",
    )
    .argument(
      "[file]",
      "decision log: .csv, .tsv, .parquet or .jsonl (one row per candidate, or per candidate per stage)",
    )
    .option("--outcome <column>", "column with the decision: 1/0, yes/no, true/false, ja/nee (required)")
    .option("--protected <columns>", "comma-separated protected or monitoring attributes (required)")
    .option("--intersections <spec>", "intersections to audit as A:B,A:C, or 'all' for every combination")
    .option(
      "--reference <attribute=value>",
      "reference group of an attribute (repeatable); default: the most-selected group",
      collect,
      [],
    )
    .option(
      "--score <column>",
      "numeric score: adds scoring rates (share above the median), SMD and the cut-score curve",
    )
    .option(
      "--label <column>",
      "ground truth (1/0, empty if unknown): adds TPR, FPR, FNR, PPV, FDR, FOR, NPV, accuracy",
    )
    .option("--stage <column>", "selection stage of each row: adds the funnel and bottom-line impact ratios")
    .option("--stage-order <stages>", "stages from first to last, comma-separated (default: most rows first)")
    .option("--requisition <column>", "vacancy of each row: adds Cochran–Mantel–Haenszel across vacancies")
    .option(
      "--date <column>",
      "decision date (YYYY-MM-DD or DD-MM-YYYY): the report states the period covered",
    )
    .option("--min-group <n>", "smallest group shown; smaller groups are suppressed (at least 5)", "5")
    .option(
      "--exclude-below <fraction>",
      "exclude groups below this share (e.g. 0.02) from impact ratios, as LL144 allows",
    )
    .option("--alpha <level>", "significance level for the adjusted p-values", "0.05")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["table", "json", "csv", "md", "html"])
        .default("table"),
    )
    .option("--out <file>", "write the report to this file instead of standard output")
    .addOption(
      new Option("--fail-on <finding>", "exit with code 1 on findings").choices([
        "four-fifths",
        "significant",
        "both",
      ]),
    )
    .option("--db <url>", "read from PostgreSQL instead of a file (postgres://user@host/db)")
    .option("--table <name>", "with --db: the table (or schema.table) holding the decision log")
    .option("--query <sql>", "with --db: a SELECT returning the decision log")
    .option(
      "--max-groups <n>",
      "refuse an attribute with more distinct values than this (an id by mistake)",
      "1000",
    )
    .addOption(new Option("--lang <language>", "language of the report and messages").choices(["en", "nl"]))
    .option("--quiet", "no progress on standard error")
    .addHelpText(
      "after",
      `
Exit codes: 0 done, 1 findings (with --fail-on), 2 usage or data error.

Example:
  aware audit examples/hiring-decisions.csv --outcome selected --protected gender,ethnicity \\
    --intersections all --score assessment_score --stage stage --requisition vacancy \\
    --date decision_date`,
    )
    .action(async (file: string | undefined, flags) => {
      exitCode = await runAudit(file, flags, language);
    });
  program
    .command("screen")
    .description(
      "Screen candidates for a vacancy with explainable rules: per candidate a score built from criteria, a recommendation (advance, review, reject), the knock-out rule that applied, an atypical-profile flag that sends the candidate to a person, what would have changed the outcome, and an explanation in Dutch and English.",
    )
    .argument("<vacancy>", "the vacancy as JSON (schema aware.vacancy/1, docs/vacancy-schema.md)")
    .argument("<candidates>", "candidates: .csv, .tsv, .jsonl or .parquet, one row per candidate")
    .option("--id <column>", "the candidates' id column (default: id, candidate or kandidaat)")
    .addOption(
      new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"),
    )
    .option("--out <file>", "write the result to this file instead of standard output")
    .addOption(new Option("--lang <language>", "language of the table and messages").choices(["en", "nl"]))
    .addHelpText(
      "after",
      `
Only a knock-out rule rejects automatically, and only when the data to check it is present; every other
outcome is a recommendation for a person. Columns the vacancy lists as protected are never read.
Exit codes: 0 done, 2 usage or data error.

Example:
  aware screen examples/vacancy-home-care.json examples/candidates-home-care.csv --format json`,
    )
    .action(async (vacancy: string, candidates: string, flags) => {
      exitCode = await runScreen(vacancy, candidates, flags, language);
    });
  program
    .command("check-vacancy")
    .description(
      "Check a vacancy text (Dutch or English) for exclusionary wording: gender-coded words, age, native-speaker and accent requirements, ableist wording, gendered job titles and (m/v/x), long requirement lists, pay information and an accommodation statement; each finding with its place, the law or study behind it and a neutral rewrite.",
    )
    .argument("<file>", "the vacancy as plain text (UTF-8), or - for standard input")
    .addOption(
      new Option("--lang <language>", "language of the text (auto: detected)")
        .choices(["nl", "en", "auto"])
        .default("auto"),
    )
    .addOption(
      new Option("--format <format>", "output format").choices(["table", "json", "md"]).default("table"),
    )
    .option("--out <file>", "write the result to this file instead of standard output")
    .option("--max-requirements <n>", "most requirements listed before the list is a finding", "8")
    .addHelpText(
      "after",
      `
Offsets in the JSON are UTF-16 code units into the text (a byte-order mark removed). Findings from
research (gender-coded words) are hints; the others cite the law or guidance.
Exit codes: 0 done, 2 usage or input error.

Example:
  aware check-vacancy examples/vacancy-texts/verzorgster-nl.txt
  cat vacancy.txt | aware check-vacancy - --format json --out check.json`,
    )
    .action(async (file: string, flags) => {
      exitCode = await checkVacancyCommand(file, flags, language);
    });
  program
    .command("discover")
    .description(
      "Find groups that fare worse without protected data: readable rules on ordinary features (subgroup discovery) or HBAC clusters, found on one half of the log and tested on the other, with Holm-adjusted p-values, effect sizes, stability and plain-language profiles; with --protected, each group's composition and the proxy check.",
    )
    .argument("<file>", "decision log: .csv, .tsv, .parquet or .jsonl, one row per candidate")
    .requiredOption(
      "--outcome <column>",
      "column with the outcome: a decision (1/0, yes/no), a score, or the prediction",
    )
    .addOption(
      new Option(
        "--outcome-kind <kind>",
        "what the outcome is (default: decision, or error with --label)",
      ).choices(["decision", "score", "error"]),
    )
    .option("--label <column>", "true label: the outcome is an error where the prediction differs from it")
    .addOption(
      new Option(
        "--worse <side>",
        "which side of the outcome is worse for the candidate (default: low; high for errors)",
      ).choices(["low", "high"]),
    )
    .option(
      "--features <columns>",
      "comma-separated columns to search (default: all but outcome, id, protected)",
    )
    .addOption(
      new Option("--method <method>", "subgroups (readable rules) or hbac (clusters)")
        .choices(["subgroups", "hbac"])
        .default("subgroups"),
    )
    .option(
      "--protected <columns>",
      "comma-separated protected attributes: never searched, used to validate and for the proxy check",
    )
    .option("--id <column>", "column naming each row (for --assignments)")
    .option("--min-size <fraction>", "smallest group as a share of the rows searched (default 0.05)")
    .option(
      "--seed <n>",
      "seed of the split and the resamples (default 1): the same seed gives the same result",
    )
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["table", "json", "md", "html"])
        .default("table"),
    )
    .option("--out <file>", "write the report to this file instead of standard output")
    .option(
      "--assignments <file>",
      "write id,cluster for every row (cluster 0 is the most disadvantaged group; - for none)",
    )
    .option("--quiet", "no progress on stderr")
    .addOption(new Option("--lang <language>", "language of the report and messages").choices(["en", "nl"]))
    .addHelpText(
      "after",
      `
Exit codes: 0 done, 2 usage or input error.

Example:
  aware discover log.csv --outcome invited --features gap_months,hours_per_week,education --protected gender
  aware discover log.csv --outcome prediction --label suitable --worse high --format html --out discovery.html`,
    )
    .action(async (file: string, flags) => {
      exitCode = await runDiscover(file, flags, language);
    });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const message = errorMessage(language, error);
    if (message === undefined) throw error;
    process.stderr.write(`aware: ${message}\n`);
    return EXIT_USAGE;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `aware: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
