/**
 * The server process: the only place that reads the environment and wires concrete adapters.
 *   PORT            default 8080
 *   AWARE_DATA_DIR  default ./data (the SQLite database and uploaded files)
 *   DATABASE_URL    postgres://… to use PostgreSQL instead of the embedded SQLite
 *   AWARE_SECURE_COOKIES=1 behind HTTPS (the Secure cookie flag and HSTS)
 *   AWARE_OPEN_REGISTRATION=1 lets anyone create an organisation (default: only the first one)
 *   AWARE_TRUST_PROXY=1 behind one reverse proxy: throttle by the X-Forwarded-For address it adds
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { VERSION } from "../cli/version.ts";
import { openStore } from "../store/open-store.ts";
import { createApp } from "./create-app.ts";

const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(process.env.AWARE_DATA_DIR ?? "data");
const staticDir = fileURLToPath(new URL("../../dist/web", import.meta.url));
const store = await openStore({
  dataDir,
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
});
const app = createApp({
  store,
  dataDir,
  now: () => new Date(),
  ...(existsSync(staticDir) ? { staticDir } : {}),
  secureCookies: process.env.AWARE_SECURE_COOKIES === "1",
  openRegistration: process.env.AWARE_OPEN_REGISTRATION === "1",
  trustProxy: process.env.AWARE_TRUST_PROXY === "1",
  version: VERSION,
});
const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? "0.0.0.0" }, (info) => {
  console.log(`Aware ${VERSION} on http://localhost:${info.port} (${store.dialect}, data in ${dataDir})`);
});
// Monitoring answers are deleted when their retention ends: at start and every hour (the audit and
// the counts also delete expired answers before they read any).
// Throttling records older than an hour (the longest window) are deleted too: they hold addresses.
const purgeMonitoring = () =>
  Promise.all([
    store.deleteExpiredMonitoring(new Date().toISOString()),
    store.deleteLoginFailuresBefore(new Date(Date.now() - 60 * 60 * 1000).toISOString()),
  ]).catch((error: unknown) => {
    console.error("[aware] deleting expired monitoring answers or throttling records failed:", error);
  });
void purgeMonitoring();
const purgeTimer = setInterval(purgeMonitoring, 60 * 60 * 1000);
purgeTimer.unref();
const stop = () => {
  clearInterval(purgeTimer);
  server.close();
  void store.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
