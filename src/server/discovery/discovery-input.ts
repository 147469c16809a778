import type { DiscoveryTable } from "../../core/discovery/discovery-table.ts";

/** What a discovery runs on, whatever its source: the table, and how the report names the input. */
export interface DiscoveryInput {
  readonly table: DiscoveryTable;
  /** The upload's file name, or "decision log: <vacancy title>": never a path on the server. */
  readonly label: string;
  readonly sha256: string | null;
  /** Whether monitoring answers were joined (a vacancy's log, a role with viewMonitoring). */
  readonly monitoring: boolean;
}
