import { Hono } from "hono";
import { logActivity } from "../activity.ts";
import { validJson } from "../api-schemas.ts";
import type { DiscoveryRequest, DiscoveryResponse } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { notFound } from "../app-error.ts";
import { authorize, can } from "../auth/authorize.ts";
import { decisionLogDiscoveryInput } from "../discovery/decision-log-discovery-input.ts";
import type { DiscoveryInput } from "../discovery/discovery-input.ts";
import { discoverySchema } from "../discovery/discovery-schemas.ts";
import { runDiscovery } from "../discovery/run-discovery.ts";
import { uploadDiscoveryInput } from "../discovery/upload-discovery-input.ts";

/**
 * Discovery (issue 5): groups that are worse off, found in an uploaded log or a vacancy's decision log.
 * The request runs to the end before it answers (about ten seconds for 100,000 rows); nothing is stored
 * but the activity entry, and the browser makes the downloads from the answer.
 */
export function discoveryRoutes(deps: AppDeps) {
  const { store } = deps;
  return new Hono<AppEnv>().post(
    "/discoveries",
    authorize("runDiscovery"),
    validJson(discoverySchema),
    async (c) => {
      const user = c.get("user")!;
      const request = c.req.valid("json") as DiscoveryRequest;
      const language = c.get("language");
      const now = deps.now();
      let input: DiscoveryInput;
      if (request.source.kind === "upload") {
        const upload = await store.getUpload(user.organisationId, request.source.uploadId);
        if (!upload) throw notFound();
        input = await uploadDiscoveryInput(upload, request);
      } else {
        input = await decisionLogDiscoveryInput({
          store,
          organisationId: user.organisationId,
          vacancyId: request.source.vacancyId,
          request,
          mayViewMonitoring: can(user.role, "viewMonitoring"),
          language,
          now,
        });
      }
      const document: DiscoveryResponse = runDiscovery(input, request, {
        version: deps.version,
        generatedAt: now.toISOString(),
        language,
      });
      await logActivity(store, user, "discovery.run", input.label, now, {
        source: request.source,
        method: document.method,
        rows: document.rows.used,
        groups: document.clusters.length,
        significant: document.clusters.filter((g) => g.significant && g.direction === "worse").length,
        monitoring: input.monitoring,
      });
      return c.json(document, 201);
    },
  );
}
