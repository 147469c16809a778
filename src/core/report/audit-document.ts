import type { AuditReport } from "../audit/audit-report.ts";

/** Where the figures came from, so that anyone can reproduce them (LL144 § 5-303, audit trail). */
export interface Provenance {
  readonly input: Readonly<Record<string, unknown>> & {
    /** SHA-256 of the input file, or null for a database source (then the query is recorded). */
    readonly sha256: string | null;
  };
  /** The command-line or API options as given. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly version: string;
  /** ISO 8601 time of the run, from the caller's clock. */
  readonly generatedAt: string;
}

/** The public JSON report, schema "aware.audit/1" (docs/audit-report-schema.md). */
export type AuditDocument = AuditReport & { readonly provenance: Provenance };

export function auditDocument(report: AuditReport, provenance: Provenance): AuditDocument {
  const { schema, rows, ...rest } = report;
  return { schema, rows, provenance, ...rest };
}

/** JSON text of the document. Numbers that are not finite never occur; if one did, it becomes null. */
export function auditJson(document: AuditDocument): string {
  return `${JSON.stringify(document, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
}
