import type { DiscoveryTable } from "../../core/discovery/discovery-table.ts";
import { DecisionLogError } from "../../sources/decision-log-error.ts";
import { readRows } from "../../sources/read-rows.ts";
import type { Upload } from "../../store/store.ts";
import type { DiscoveryRequest } from "../api-types.ts";
import type { DiscoveryInput } from "./discovery-input.ts";

/**
 * An uploaded decision log as a discovery table: every row in memory (as text; the core reads numbers
 * and yes/no values itself) with the columns the request names. A file problem names the file as the
 * user uploaded it, never its path on the server.
 */
export async function uploadDiscoveryInput(
  upload: Upload,
  request: DiscoveryRequest,
): Promise<DiscoveryInput> {
  const { rows } = await readRows(upload.path).catch((error: unknown) => {
    throw error instanceof DecisionLogError ? error.renamed(upload.filename) : error;
  });
  const table: DiscoveryTable = {
    rows,
    outcome: request.outcome,
    worse: request.worse,
    ...(request.features ? { features: request.features } : {}),
    ...(request.protected && request.protected.length > 0 ? { protected: request.protected } : {}),
    ...(request.id ? { id: request.id } : {}),
  };
  return { table, label: upload.filename, sha256: upload.sha256, monitoring: false };
}
