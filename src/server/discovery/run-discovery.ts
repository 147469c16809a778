import { DEFAULT_MIN_GROUP } from "../../core/audit/audit-options.ts";
import { discoverSubgroups } from "../../core/discovery/discover-subgroups.ts";
import { type DiscoveryDocument, discoveryDocument } from "../../core/discovery/discovery-document.ts";
import { DiscoveryError } from "../../core/discovery/discovery-error.ts";
import { discoveryErrorMessage } from "../../core/discovery/discovery-error-message.ts";
import type { DiscoveryResult } from "../../core/discovery/discovery-result.ts";
import { hbac } from "../../core/discovery/hbac.ts";
import { type ProxyCheckResult, proxyCheck } from "../../core/discovery/proxy-check.ts";
import type { Language } from "../../core/i18n/language.ts";
import type { DiscoveryRequest } from "../api-types.ts";
import { AppError } from "../app-error.ts";
import type { DiscoveryInput } from "./discovery-input.ts";
import { suppressSmallGaps } from "./suppress-small-gaps.ts";

/**
 * Runs the chosen method on the table, the proxy check when protected attributes are given, and builds
 * the report. A problem with the data (DiscoveryError) becomes a 422 in the user's words, with `field`
 * naming the column concerned. Synchronous: the CPU work of a large log holds this process.
 */
export function runDiscovery(
  input: DiscoveryInput,
  request: DiscoveryRequest,
  provenance: { readonly version: string; readonly generatedAt: string; readonly language: Language },
): DiscoveryDocument {
  const options = {
    ...(request.minSize !== undefined ? { minSize: request.minSize } : {}),
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
  };
  try {
    const result: DiscoveryResult =
      request.method === "hbac" ? hbac(input.table, options) : discoverSubgroups(input.table, options);
    let proxies: ProxyCheckResult | null = null;
    const attributes = input.table.protected ?? [];
    if (attributes.length > 0) {
      try {
        proxies = suppressSmallGaps(proxyCheck(input.table, attributes), DEFAULT_MIN_GROUP);
      } catch (error) {
        if (!(error instanceof DiscoveryError && error.code === "no-protected-attributes")) throw error;
      }
    }
    return discoveryDocument(result, proxies, {
      input: input.label,
      sha256: input.sha256,
      version: provenance.version,
      generatedAt: provenance.generatedAt,
    });
  } catch (error) {
    if (!(error instanceof DiscoveryError)) throw error;
    const column = error.details.column;
    throw new AppError(
      422,
      error.code,
      "api.problem",
      // The core's words name the column and row; the source is the adapter's to name.
      { detail: `${input.label}: ${discoveryErrorMessage(provenance.language, error)}` },
      column,
    );
  }
}
