import { audit } from "../../core/audit/audit.ts";
import { type AuditDocument, auditDocument } from "../../core/report/audit-document.ts";
import { DecisionLogError } from "../../sources/decision-log-error.ts";
import { readDecisionFile } from "../../sources/duckdb/read-decision-file.ts";
import type { Upload } from "../../store/store.ts";
import type { AuditRequest } from "../api-types.ts";
import { AppError } from "../app-error.ts";

/** Which field of the mapping form names this column ("outcome", "protected", …). */
function mappingRole(request: AuditRequest, column: string | undefined): string | undefined {
  if (column === undefined) return undefined;
  if (request.columns.protected.includes(column)) return "protected";
  const entry = Object.entries(request.columns).find(
    ([key, value]) => key !== "protected" && value === column,
  );
  return entry?.[0];
}

/** Runs the selection audit on an uploaded log: DuckDB counts, the core computes, provenance recorded. */
export async function runAuditRequest(
  upload: Upload,
  request: AuditRequest,
  version: string,
  now: Date,
): Promise<AuditDocument> {
  const { cells, input } = await readDecisionFile(upload.path, request.columns).catch((error: unknown) => {
    // Messages name the file as the user knows it, never its path on the server.
    if (!(error instanceof DecisionLogError)) throw error;
    const renamed = error.renamed(upload.filename);
    const role = mappingRole(request, error.details.column);
    throw role ? renamed.withField(role) : renamed;
  });
  let report: ReturnType<typeof audit>;
  try {
    report = audit(cells, {
      protected: request.columns.protected,
      ...(request.intersections !== undefined ? { intersections: request.intersections } : {}),
      reference: request.reference ?? {},
      ...(request.minGroup !== undefined ? { minGroup: request.minGroup } : {}),
      excludeBelow: request.excludeBelow ?? null,
      ...(request.alpha !== undefined ? { alpha: request.alpha } : {}),
      stageOrder: request.stageOrder && request.stageOrder.length > 0 ? request.stageOrder : null,
    });
  } catch (error) {
    // The core refuses options that do not fit the data (an intersection of unknown columns, a stage
    // missing from the stage order): the user's input, so a 400 naming it.
    if (error instanceof RangeError) {
      throw new AppError(
        400,
        "invalid-input",
        "api.invalid-input",
        { field: "options", detail: error.message.replace(/^audit: /, "") },
        "options",
      );
    }
    throw error;
  }
  const { uploadId: _u, ...options } = request;
  return auditDocument(report, {
    // The server path is not the user's business: record the upload's name and hash instead.
    input: { ...input, path: upload.filename, sha256: upload.sha256 },
    options: { ...options },
    version,
    generatedAt: now.toISOString(),
  });
}
