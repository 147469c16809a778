import type { DiscoveredCluster } from "./discovery-result.ts";
import { inBoth, type LocalizedText } from "./localized-text.ts";

/** One sentence on a run: how many groups, how many significant after Holm, how many unstable. */
export function runSummary(
  method: "subgroups" | "hbac",
  clusters: readonly DiscoveredCluster[],
): LocalizedText {
  const significant = clusters.filter((c) => c.significant && c.direction === "worse").length;
  const unstable = clusters.filter((c) => c.stability.status === "ok" && !c.stability.stable).length;
  return inBoth((l) => {
    const nl = l === "nl";
    const found =
      method === "subgroups"
        ? nl
          ? `${clusters.length} groep${clusters.length === 1 ? "" : "en"} gevonden`
          : `${clusters.length} group${clusters.length === 1 ? "" : "s"} found`
        : nl
          ? `${clusters.length} cluster${clusters.length === 1 ? "" : "s"} gevonden`
          : `${clusters.length} cluster${clusters.length === 1 ? "" : "s"} found`;
    const tested = nl
      ? `${significant} in de achtergehouden helft significant slechter af (Holm)`
      : `${significant} significantly worse off in the held-out half (Holm)`;
    const shaky = unstable > 0 ? (nl ? `; ${unstable} instabiel` : `; ${unstable} unstable`) : "";
    return `${found}; ${tested}${shaky}`;
  });
}
