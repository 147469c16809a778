import type { DiscoveryRequest, DiscoveryResponse } from "../../server/api-types.ts";
import type { HttpClient } from "./http-client.ts";

/** Discovery (issue 5): POST /api/discoveries runs to the end before it answers (seconds for large logs). */
export function createDiscoveryApi(http: HttpClient) {
  return {
    discover: (body: DiscoveryRequest) => http.post<DiscoveryResponse>("/api/discoveries", body),
  };
}
