/**
 * Several app processes behind a load balancer share one PostgreSQL: a session started on one is
 * valid on the other, throttling counts on both, and a logout on one ends it everywhere. Two apps with
 * their own connection pools stand in for two processes (no state in the process is shared).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type TestApp, testApp } from "../../test-support/test-app.ts";
import type { AuditSummary, SessionResponse, UploadSummary } from "./api-types.ts";

let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  const url = inject("databaseUrl");
  const name = `aware_app_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  [a, b] = await Promise.all([testApp({ databaseUrl }), testApp({ databaseUrl })]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

describe("two app processes on one PostgreSQL", () => {
  it("share sessions, data and logout", async () => {
    const onA = a.client();
    const first = await onA.request("GET", "/api/session");
    const csrf = /aware_csrf=([^;]+)/.exec(first.headers.getSetCookie().join(";"))?.[1] ?? "";
    const setup = await onA.request("POST", "/api/setup", {
      organisationName: "Gedeeld BV",
      name: "Admin",
      email: "admin@gedeeld.example",
      password: "correct horse battery staple",
    });
    expect(setup.status).toBe(201);
    const cookies = setup.headers
      .getSetCookie()
      .map((s) => s.split(";")[0])
      .join("; ");
    const csrfCookie = `aware_csrf=${csrf}`;
    // The same browser, now routed to process B.
    const viaB = (method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}) =>
      b.app.request(path, {
        method,
        headers: { cookie: `${cookies}; ${csrfCookie}`, "x-csrf-token": csrf, ...headers },
        ...(body ? { body } : {}),
      });
    const session = (await (await viaB("GET", "/api/session")).json()) as SessionResponse;
    expect(session.user?.email).toBe("admin@gedeeld.example");
    const example = readFileSync(
      fileURLToPath(new URL("../../examples/hiring-decisions.csv", import.meta.url)),
    );
    // Uploads go to each process's data directory; in production AWARE_DATA_DIR is a shared volume.
    const upload = (await (
      await viaB("PUT", "/api/uploads?filename=log.csv", example)
    ).json()) as UploadSummary;
    const run = await viaB(
      "POST",
      "/api/audits",
      JSON.stringify({ uploadId: upload.id, columns: { outcome: "selected", protected: ["gender"] } }),
      { "content-type": "application/json" },
    );
    expect(run.status).toBe(201);
    const listOnA = await onA.json<AuditSummary[]>("GET", "/api/audits");
    expect(listOnA.body).toHaveLength(1);
    expect((await viaB("POST", "/api/logout")).status).toBe(204);
    expect((await onA.json<SessionResponse>("GET", "/api/session")).body.user).toBeNull();
  });
});
