import type { DiscoveryResult } from "./discovery-result.ts";
import type { ProxyCheckResult } from "./proxy-check.ts";

/**
 * The public JSON report of a discovery run (`aware discover --format json`, the web download): the
 * result without its per-row arrays (`--assignments` writes those as a CSV), with the proxy check when
 * protected attributes were given, and where the input came from.
 */
export type DiscoveryDocument = Omit<DiscoveryResult, "assignments" | "half"> & {
  readonly proxies: ProxyCheckResult | null;
  readonly provenance: {
    readonly input: string;
    /** SHA-256 of the input file, when it is a file. */
    readonly sha256: string | null;
    readonly version: string;
    readonly generatedAt: string;
  };
};

export function discoveryDocument(
  result: DiscoveryResult,
  proxies: ProxyCheckResult | null,
  provenance: DiscoveryDocument["provenance"],
): DiscoveryDocument {
  const { assignments: _a, half: _h, ...rest } = result;
  return { ...rest, proxies, provenance };
}

/** JSON text of the document; a number that is not finite (never expected) becomes null. */
export const discoveryJson = (document: DiscoveryDocument): string =>
  `${JSON.stringify(document, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;

/** The CSV of `--assignments`: `id,cluster` for every row, cluster "-" for a row in no reported group. */
export function assignmentsCsv(result: DiscoveryResult, ids: readonly string[]): string {
  if (ids.length !== result.assignments.length) {
    throw new RangeError(`assignmentsCsv: ${ids.length} ids for ${result.assignments.length} rows`);
  }
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = result.assignments.map((c, i) => `${quote(ids[i]!)},${c < 0 ? "-" : c}`);
  return `id,cluster\n${lines.join("\n")}\n`;
}
