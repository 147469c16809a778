import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { DOCUMENT_STYLES } from "../core/report/document-html.ts";
import type { AppDeps, AppEnv } from "./app-env.ts";
import { notFound } from "./app-error.ts";
import { csrfMiddleware } from "./auth/csrf-middleware.ts";
import { sessionMiddleware } from "./auth/session-middleware.ts";
import { errorHandler } from "./error-handler.ts";
import { openApiDocument } from "./openapi-document.ts";
import { requestLanguage } from "./request-language.ts";
import { activityRoutes } from "./routes/activity-routes.ts";
import { applicationRoutes } from "./routes/application-routes.ts";
import { assessmentRoutes } from "./routes/assessment-routes.ts";
import { auditRoutes } from "./routes/audit-routes.ts";
import { decisionRoutes } from "./routes/decision-routes.ts";
import { discoveryRoutes } from "./routes/discovery-routes.ts";
import { letterRoutes } from "./routes/letter-routes.ts";
import { publicRoutes } from "./routes/public-routes.ts";
import { screeningAuditRoutes } from "./routes/screening-audit-routes.ts";
import { sessionRoutes } from "./routes/session-routes.ts";
import { uploadRoutes } from "./routes/upload-routes.ts";
import { userRoutes } from "./routes/user-routes.ts";
import { vacancyRoutes } from "./routes/vacancy-routes.ts";

/**
 * The web application: the JSON API under /api and the built UI. No port and no globals: tests call
 * `app.request()`, and main.ts wires the real store, clock and directories. All state lives in the
 * store (sessions, throttling) or on disk (uploads), so several processes can serve one database.
 */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The explanation letter (shown in a sandboxed frame on the candidate's page) has one inline
        // style block: allowed by its hash, nothing else inline.
        styleSrc: ["'self'", `'sha256-${createHash("sha256").update(DOCUMENT_STYLES).digest("base64")}'`],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "same-origin",
      strictTransportSecurity: deps.secureCookies ? "max-age=31536000; includeSubDomains" : false,
    }),
  );
  app.use("*", async (c, next) => {
    c.set("language", requestLanguage(c));
    await next();
  });
  app.use("/api/*", sessionMiddleware(deps), csrfMiddleware);
  app.use("/api/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  app.route("/api", sessionRoutes(deps));
  app.route("/api", userRoutes(deps));
  app.route("/api", uploadRoutes(deps));
  app.route("/api", auditRoutes(deps));
  app.route("/api", activityRoutes(deps));
  app.route("/api", vacancyRoutes(deps));
  app.route("/api", applicationRoutes(deps));
  app.route("/api", decisionRoutes(deps));
  app.route("/api", letterRoutes(deps));
  app.route("/api", screeningAuditRoutes(deps));
  app.route("/api", publicRoutes(deps));
  app.route("/api", assessmentRoutes(deps));
  app.route("/api", discoveryRoutes(deps));
  app.get("/api/openapi.json", (c) => c.json(openApiDocument(deps.version)));
  app.all("/api/*", () => {
    throw notFound();
  });
  if (deps.staticDir) {
    const root = deps.staticDir;
    app.use("/*", serveStatic({ root }));
    // The UI routes in the browser: any other page gets index.html.
    app.get("/*", async (c) => c.html(await readFile(join(root, "index.html"), "utf8")));
  }
  app.onError(errorHandler);
  return app;
}

export type App = ReturnType<typeof createApp>;
