import { audit } from "../core/audit/audit.ts";
import type { AuditReport } from "../core/audit/audit-report.ts";
import type { Language } from "../core/i18n/language.ts";
import { type AuditDocument, auditDocument, auditJson } from "../core/report/audit-document.ts";
import { renderCsv } from "../core/report/render-csv.ts";
import { renderHtml } from "../core/report/render-html.ts";
import { renderMarkdown } from "../core/report/render-markdown.ts";
import { renderText } from "../core/report/render-text.ts";
import { readDecisionFile } from "../sources/duckdb/read-decision-file.ts";
import { fileSha256 } from "../sources/file-digest.ts";
import { readDecisionTable } from "../sources/postgres/read-decision-table.ts";
import { type AuditFlags, type FailOn, type OutputFormat, parseAuditFlags } from "./audit-options-parser.ts";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "./exit-codes.ts";
import { progressReporter } from "./progress.ts";
import { VERSION } from "./version.ts";
import { writeOutput } from "./write-output.ts";

/** Runs `aware audit`: read, audit, render, write. Returns the exit code; throws user errors. */
export async function runAudit(
  file: string | undefined,
  flags: AuditFlags,
  language: Language,
): Promise<number> {
  const parsed = parseAuditFlags(flags);
  if (file !== undefined && flags.db !== undefined)
    throw new UsageError("give either a FILE or --db, not both");
  if (file === undefined && flags.db === undefined)
    throw new UsageError("give a decision log FILE, or --db URL with --table or --query");
  if (flags.db !== undefined && (flags.table === undefined) === (flags.query === undefined)) {
    throw new UsageError("with --db, give exactly one of --table NAME or --query SQL");
  }
  const progress = progressReporter(language, !flags.quiet && process.stderr.isTTY === true);
  const readOptions = {
    maxGroups: parsed.maxGroups,
    onPhase: progress.onPhase,
    onProgress: progress.onProgress,
  };
  let document: AuditDocument;
  try {
    if (file !== undefined) {
      const [read, sha256] = await Promise.all([
        readDecisionFile(file, parsed.columns, readOptions),
        fileSha256(file).catch(() => null),
      ]);
      const report = runCore(read.cells, parsed);
      document = auditDocument(report, {
        input: { ...read.input, sha256 },
        options: { ...flags },
        version: VERSION,
        generatedAt: new Date().toISOString(),
      });
    } else {
      const source = flags.table !== undefined ? { table: flags.table } : { query: flags.query as string };
      const read = await readDecisionTable(flags.db as string, source, parsed.columns, readOptions);
      const report = runCore(read.cells, parsed);
      const { db: _db, ...recorded } = flags;
      document = auditDocument(report, {
        input: { ...read.input, sha256: null },
        options: { ...recorded },
        version: VERSION,
        generatedAt: new Date().toISOString(),
      });
    }
  } finally {
    progress.done();
  }
  const output = render(parsed.format, language, document);
  if (flags.out !== undefined) await writeOutput(flags.out, output);
  else process.stdout.write(output);
  return parsed.failOn !== null && hasFindings(document, parsed.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

function runCore(
  cells: Parameters<typeof audit>[0],
  parsed: ReturnType<typeof parseAuditFlags>,
): AuditReport {
  try {
    return audit(cells, parsed.options);
  } catch (error) {
    // The core throws RangeError for options that do not fit the data (a stage missing from --stage-order).
    if (error instanceof RangeError) throw new UsageError(error.message.replace(/^audit: /, ""));
    throw error;
  }
}

export function render(format: OutputFormat, language: Language, document: AuditDocument): string {
  switch (format) {
    case "json":
      return auditJson(document);
    case "csv":
      return renderCsv(document);
    case "md":
      return renderMarkdown(language, document);
    case "html":
      return renderHtml(language, document);
    case "table":
      return renderText(language, document);
  }
}

function hasFindings(doc: AuditDocument, failOn: FailOn): boolean {
  const f = doc.findings;
  if (failOn === "four-fifths") return f.belowFourFifths > 0;
  if (failOn === "significant") return f.significant > 0;
  return f.belowFourFifthsAndSignificant > 0;
}
