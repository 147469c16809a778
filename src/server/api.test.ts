/**
 * The HTTP API in process (no port) on a real SQLite store: every route's success, validation failure,
 * wrong role, and another organisation's data (404, never the data).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, type TestClient, testApp } from "../../test-support/test-app.ts";
import type {
  AuditDetail,
  AuditSummary,
  InvitationResponse,
  SessionResponse,
  UploadSummary,
  UserSummary,
  VacancySummary,
} from "./api-types.ts";
import { API_ROUTES } from "./openapi-document.ts";

const example = readFileSync(fileURLToPath(new URL("../../examples/hiring-decisions.csv", import.meta.url)));
const password = "correct horse battery staple";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const newClient = (): Promise<TestClient> => t.session();

async function setUp(organisationName: string, email: string): Promise<TestClient> {
  const c = await newClient();
  const r = await c.json<SessionResponse>("POST", "/api/setup", {
    organisationName,
    name: "Admin",
    email,
    password,
  });
  expect(r.status).toBe(201);
  return c;
}

const invited = (admin: TestClient, role: string, email: string): Promise<TestClient> =>
  t.invited(admin, role, email);

async function upload(c: TestClient, body: Uint8Array = example, filename = "log.csv") {
  return c.json<UploadSummary>("PUT", `/api/uploads?filename=${encodeURIComponent(filename)}`, body);
}

describe("session, setup and security headers", () => {
  it("reports the first visit, sets the CSRF cookie, and sends a strict CSP", async () => {
    const c = t.client();
    const r = await c.request("GET", "/api/session");
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ user: null, setupNeeded: true });
    expect(r.headers.getSetCookie().some((s) => s.startsWith("aware_csrf="))).toBe(true);
    expect(r.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  });
  it("refuses a state-changing request without the CSRF header", async () => {
    const c = await newClient();
    const r = await c.withoutCsrf().json<{ error: { code: string } }>("POST", "/api/setup", {
      organisationName: "X",
      name: "A",
      email: "x@example.org",
      password,
    });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("csrf");
  });
  it("validates the setup form and names the field, in Dutch when asked", async () => {
    const c = await newClient();
    const r = await c.request(
      "POST",
      "/api/setup",
      { organisationName: "X", name: "A", email: "x@example.org", password: "short" },
      {
        "accept-language": "nl-NL,nl;q=0.9",
      },
    );
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: "invalid-input", field: "password" });
    expect(body.error.message).toMatch(/^Controleer password/);
  });
  it("creates an organisation and its admin, logged in, with an HttpOnly session cookie", async () => {
    const c = await newClient();
    const r = await c.request("POST", "/api/setup", {
      organisationName: "Bakkerij Jansen",
      name: "Anna",
      email: "Anna@Example.org",
      password,
    });
    expect(r.status).toBe(201);
    const session = r.headers.getSetCookie().find((s) => s.startsWith("aware_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const body = (await r.json()) as SessionResponse;
    expect(body.user).toMatchObject({
      email: "anna@example.org",
      role: "admin",
      organisation: { name: "Bakkerij Jansen", isDemo: false },
    });
    // This test server hosts many organisations (open registration), so the welcome page keeps offering it.
    expect((await c.json<SessionResponse>("GET", "/api/session")).body.setupNeeded).toBe(true);
    const again = await (await newClient()).json<{ error: { code: string } }>("POST", "/api/setup", {
      organisationName: "Y",
      name: "B",
      email: "anna@example.org",
      password,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("email-taken");
  });
  it("by default offers only the first organisation; a demo does not count", async () => {
    const closed = await testApp({ openRegistration: false });
    try {
      const c = closed.client();
      await c.request("GET", "/api/session");
      expect((await c.json("POST", "/api/demo")).status).toBe(201);
      expect((await c.json<SessionResponse>("GET", "/api/session")).body.setupNeeded).toBe(true);
      const body = { organisationName: "Eerste BV", name: "A", email: "eerste@example.org", password };
      expect((await c.json("POST", "/api/setup", body)).status).toBe(201);
      expect((await c.json<SessionResponse>("GET", "/api/session")).body.setupNeeded).toBe(false);
      const second = await c.json<{ error: { code: string } }>("POST", "/api/setup", {
        ...body,
        email: "tweede@example.org",
      });
      expect(second.status).toBe(403);
      expect(second.body.error.code).toBe("registration-closed");
    } finally {
      await closed.close();
    }
  });
  it("expires sessions after eight hours", async () => {
    const c = await setUp("Expiry BV", "expiry@example.org");
    expect((await c.json<SessionResponse>("GET", "/api/session")).body.user).not.toBeNull();
    t.advance(9 * 3_600_000);
    expect((await c.json<SessionResponse>("GET", "/api/session")).body.user).toBeNull();
  });
});

describe("login", () => {
  beforeAll(async () => {
    await setUp("Login BV", "login@example.org");
  });
  it("logs in and out", async () => {
    const c = await newClient();
    expect((await c.json("POST", "/api/login", { email: "LOGIN@example.org", password })).status).toBe(200);
    expect((await c.json<SessionResponse>("GET", "/api/session")).body.user?.email).toBe("login@example.org");
    expect((await c.request("POST", "/api/logout")).status).toBe(204);
    expect((await c.json<SessionResponse>("GET", "/api/session")).body.user).toBeNull();
  });
  it("refuses a wrong password, then throttles after five failures", async () => {
    const c = await newClient();
    for (let i = 0; i < 5; i++) {
      const r = await c.json<{ error: { code: string } }>("POST", "/api/login", {
        email: "login@example.org",
        password: "wrong password!",
      });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe("invalid-credentials");
    }
    const blocked = await c.json<{ error: { code: string } }>("POST", "/api/login", {
      email: "login@example.org",
      password,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe("too-many-attempts");
    t.advance(16 * 60_000);
    expect((await c.json("POST", "/api/login", { email: "login@example.org", password })).status).toBe(200);
  });
  it("answers an unknown account like a wrong password", async () => {
    const r = await (await newClient()).json<{ error: { code: string } }>("POST", "/api/login", {
      email: "nobody@example.org",
      password,
    });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe("invalid-credentials");
  });
});

describe("organisations, roles and data", () => {
  let admin: TestClient;
  let hr: TestClient;
  let auditor: TestClient;
  let outsider: TestClient;
  let uploaded: UploadSummary;
  let audit: AuditDetail;
  beforeAll(async () => {
    admin = await setUp("Zorg BV", "admin@zorg.example");
    hr = await invited(admin, "hr", "hr@zorg.example");
    auditor = await invited(admin, "auditor", "auditor@zorg.example");
    outsider = await setUp("Ander BV", "admin@ander.example");
  });

  it("invitations: created by an admin, single use, not by HR, not anonymously", async () => {
    const inv = await admin.json<InvitationResponse>("POST", "/api/invitations", { role: "reviewer" });
    expect(inv.body.path).toBe(`/invite/${inv.body.token}`);
    const info = await (await newClient()).json("GET", `/api/invitations/${inv.body.token}`);
    expect(info.body).toEqual({ organisationName: "Zorg BV", role: "reviewer", valid: true });
    const first = await (await newClient()).json("POST", `/api/invitations/${inv.body.token}/accept`, {
      name: "R",
      email: "r@zorg.example",
      password,
    });
    expect(first.status).toBe(201);
    const second = await (await newClient()).json<{ error: { code: string } }>(
      "POST",
      `/api/invitations/${inv.body.token}/accept`,
      {
        name: "S",
        email: "s@zorg.example",
        password,
      },
    );
    expect(second.status).toBe(410);
    expect((await hr.json("POST", "/api/invitations", { role: "admin" })).status).toBe(403);
    expect((await (await newClient()).json("POST", "/api/invitations", { role: "admin" })).status).toBe(401);
    expect((await admin.json("POST", "/api/invitations", { role: "superuser" })).status).toBe(400);
    expect((await (await newClient()).json("GET", "/api/invitations/not-a-token")).status).toBe(404);
  });

  it("users: listed and re-roled by an admin only, within the organisation, never the last admin", async () => {
    const users = await admin.json<UserSummary[]>("GET", "/api/users");
    expect(users.body.map((u) => u.email).sort()).toEqual([
      "admin@zorg.example",
      "auditor@zorg.example",
      "hr@zorg.example",
      "r@zorg.example",
    ]);
    expect((await hr.json("GET", "/api/users")).status).toBe(403);
    const reviewer = users.body.find((u) => u.email === "r@zorg.example")!;
    const changed = await admin.json<UserSummary>("PATCH", `/api/users/${reviewer.id}`, { role: "auditor" });
    expect(changed.body.role).toBe("auditor");
    expect((await outsider.json("PATCH", `/api/users/${reviewer.id}`, { role: "admin" })).status).toBe(404);
    const me = users.body.find((u) => u.email === "admin@zorg.example")!;
    expect(
      (await admin.json<{ error: { code: string } }>("PATCH", `/api/users/${me.id}`, { role: "hr" })).body
        .error.code,
    ).toBe("last-admin");
  });

  it("uploads: streamed, hashed, columns guessed; by HR, not by an auditor", async () => {
    const r = await upload(hr);
    expect(r.status).toBe(201);
    uploaded = r.body;
    expect(uploaded.bytes).toBe(example.length);
    expect(uploaded.columns).toContain("ethnicity");
    expect(uploaded.guess).toMatchObject({
      outcome: "selected",
      stage: "stage",
      protected: ["gender", "ethnicity", "age_band"],
    });
    expect((await upload(auditor)).status).toBe(403);
    expect((await hr.json<UploadSummary[]>("GET", "/api/uploads")).body.map((u) => u.id)).toContain(
      uploaded.id,
    );
    expect((await outsider.json<UploadSummary[]>("GET", "/api/uploads")).body).toEqual([]);
    const values = await hr.json<{ values: string[] }>("GET", `/api/uploads/${uploaded.id}/values/stage`);
    expect(values.body.values.sort()).toEqual(["application", "interview", "offer", "screening"]);
    expect((await outsider.json("GET", `/api/uploads/${uploaded.id}/values/stage`)).status).toBe(404);
  });

  it("uploads: refuses an unsupported file type and an empty body", async () => {
    const bad = await upload(hr, new TextEncoder().encode("hello"), "notes.docx");
    expect(bad.status).toBe(422);
    expect((await upload(hr, new Uint8Array(), "empty.csv")).status).toBe(400);
  });

  it("audits: run and saved; bad columns named; validated; other organisations see nothing", async () => {
    const request = {
      uploadId: uploaded.id,
      title: "Werving 2025",
      columns: {
        outcome: "selected",
        protected: ["gender", "ethnicity"],
        stage: "stage",
        score: "assessment_score",
      },
      intersections: "all",
      excludeBelow: 0.02,
      stageOrder: ["application", "screening", "interview", "offer"],
    };
    const r = await hr.json<AuditDetail>("POST", "/api/audits", request);
    expect(r.status).toBe(201);
    audit = r.body;
    expect(audit.document.schema).toBe("aware.audit/1");
    expect(audit.document.provenance.input.sha256).toBe(uploaded.sha256);
    expect(audit.document.provenance.input.path).toBe("log.csv");
    expect(audit.document.groupings).toHaveLength(3);
    const misspelled = await hr.json<{ error: { code: string; field: string; message: string } }>(
      "POST",
      "/api/audits",
      {
        ...request,
        columns: { ...request.columns, outcome: "Selected" },
      },
    );
    expect(misspelled.status).toBe(422);
    expect(misspelled.body.error).toMatchObject({ code: "missing-column", field: "outcome" });
    expect(misspelled.body.error.message).toContain('Did you mean "selected"?');
    expect(misspelled.body.error.message).not.toContain("/");
    expect((await hr.json("POST", "/api/audits", { ...request, minGroup: 3 })).status).toBe(400);
    expect((await auditor.json("POST", "/api/audits", request)).status).toBe(403);
    expect((await outsider.json("POST", "/api/audits", request)).status).toBe(404);
    const list = await auditor.json<AuditSummary[]>("GET", "/api/audits");
    expect(list.body.map((a) => a.id)).toEqual([audit.id]);
    expect(list.body[0]!.findings.comparisons).toBeGreaterThan(0);
    expect((await auditor.json<AuditDetail>("GET", `/api/audits/${audit.id}`)).body.document.rows).toBe(
      audit.document.rows,
    );
    expect((await outsider.json("GET", `/api/audits/${audit.id}`)).status).toBe(404);
    expect((await outsider.json<AuditSummary[]>("GET", "/api/audits")).body).toEqual([]);
  });

  it("audits: downloads in every format, in the chosen language", async () => {
    const json = await auditor.request("GET", `/api/audits/${audit.id}/report.json`);
    expect(json.headers.get("content-disposition")).toContain("Werving-2025.json");
    expect(((await json.json()) as { schema: string }).schema).toBe("aware.audit/1");
    expect(
      (await (await auditor.request("GET", `/api/audits/${audit.id}/report.csv`)).text()).split("\n")[0],
    ).toMatch(/^grouping,group/);
    expect(await (await auditor.request("GET", `/api/audits/${audit.id}/report.md?lang=nl`)).text()).toMatch(
      /^# Selectie-audit/,
    );
    expect(await (await auditor.request("GET", `/api/audits/${audit.id}/report.html`)).text()).toMatch(
      /^<!doctype html>/,
    );
    const pdf = await auditor.request("GET", `/api/audits/${audit.id}/report.pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(5000);
    expect((await auditor.request("GET", `/api/audits/${audit.id}/report.exe`)).status).toBe(404);
    expect((await outsider.request("GET", `/api/audits/${audit.id}/report.pdf`)).status).toBe(404);
  });

  it("activity: recorded for admins and auditors, not for HR", async () => {
    const r = await auditor.json<{ action: string; userName: string | null }[]>("GET", "/api/activity");
    expect(r.status).toBe(200);
    const actions = r.body.map((e) => e.action);
    for (const a of [
      "setup",
      "invitation.create",
      "invitation.accept",
      "upload.create",
      "audit.create",
      "report.download",
    ]) {
      expect(actions).toContain(a);
    }
    expect((await hr.json("GET", "/api/activity")).status).toBe(403);
    const theirs = await outsider.json<{ action: string }[]>("GET", "/api/activity");
    expect(theirs.body.some((e) => e.action === "upload.create")).toBe(false);
  });

  it("deletion: admins only, and real (row and file gone)", async () => {
    expect((await hr.request("DELETE", `/api/audits/${audit.id}`)).status).toBe(403);
    expect((await outsider.request("DELETE", `/api/audits/${audit.id}`)).status).toBe(404);
    expect((await admin.request("DELETE", `/api/audits/${audit.id}`)).status).toBe(204);
    expect((await admin.json("GET", `/api/audits/${audit.id}`)).status).toBe(404);
    const stored = await t.store.getUpload(
      (await t.store.findUserByEmail("admin@zorg.example"))!.organisationId,
      uploaded.id,
    );
    expect(existsSync(stored!.path)).toBe(true);
    expect((await outsider.request("DELETE", `/api/uploads/${uploaded.id}`)).status).toBe(404);
    expect((await admin.request("DELETE", `/api/uploads/${uploaded.id}`)).status).toBe(204);
    expect(existsSync(stored!.path)).toBe(false);
    expect((await admin.json<UploadSummary[]>("GET", "/api/uploads")).body).toEqual([]);
  });
});

describe("every route refuses bad input and roles without access", () => {
  let admin: TestClient;
  let hr: TestClient;
  let employee: TestClient;
  let uploadId: string;
  let auditId: string;
  beforeAll(async () => {
    admin = await setUp("Rollen BV", "admin@rollen.example");
    hr = await invited(admin, "hr", "hr@rollen.example");
    employee = await invited(admin, "employee", "employee@rollen.example");
    uploadId = (await upload(hr)).body.id;
    auditId = (
      await hr.json<AuditDetail>("POST", "/api/audits", {
        uploadId,
        columns: { outcome: "selected", protected: ["gender"] },
      })
    ).body.id;
  });
  it("validates login, role changes, invitation acceptance and upload names", async () => {
    expect(
      (await (await newClient()).json("POST", "/api/login", { email: "not an email", password })).status,
    ).toBe(400);
    const users = await admin.json<UserSummary[]>("GET", "/api/users");
    expect((await admin.json("PATCH", `/api/users/${users.body[1]!.id}`, { role: "king" })).status).toBe(400);
    const inv = await admin.json<InvitationResponse>("POST", "/api/invitations", { role: "hr" });
    const weak = await (await newClient()).json<{ error: { field: string } }>(
      "POST",
      `/api/invitations/${inv.body.token}/accept`,
      {
        name: "X",
        email: "x@rollen.example",
        password: "short",
      },
    );
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe("password");
    expect((await hr.json("PUT", "/api/uploads", example)).status).toBe(400);
    expect((await hr.json("POST", "/api/audits", { uploadId })).status).toBe(400);
  });
  it("gives an employee none of the audit module", async () => {
    for (const [method, path] of [
      ["GET", "/api/uploads"],
      ["GET", `/api/uploads/${uploadId}/values/gender`],
      ["GET", "/api/audits"],
      ["GET", `/api/audits/${auditId}`],
      ["GET", `/api/audits/${auditId}/report.pdf`],
      ["GET", "/api/activity"],
      ["GET", "/api/users"],
    ] as const) {
      expect((await employee.request(method, path)).status, `${method} ${path}`).toBe(403);
    }
    expect((await upload(employee)).status).toBe(403);
    expect((await employee.request("DELETE", `/api/audits/${auditId}`)).status).toBe(403);
  });
  it("lets only admins delete uploads, and nobody without a session anything", async () => {
    expect((await hr.request("DELETE", `/api/uploads/${uploadId}`)).status).toBe(403);
    const anonymous = await newClient();
    for (const [method, path] of [
      ["GET", "/api/uploads"],
      ["GET", "/api/audits"],
      ["GET", `/api/audits/${auditId}`],
      ["GET", "/api/activity"],
      ["DELETE", `/api/audits/${auditId}`],
    ] as const) {
      expect((await anonymous.request(method, path)).status, `${method} ${path}`).toBe(401);
    }
  });
});

describe("regressions found in review", () => {
  let admin: TestClient;
  beforeAll(async () => {
    admin = await setUp("Review BV", "admin@review.example");
  });
  // Pinned bug: DuckDB's own message carried the upload's path on the server.
  it("never shows a server path in an error", async () => {
    const r = await upload(admin, new TextEncoder().encode("this is not parquet at all"), "broken.parquet");
    expect(r.status).toBe(422);
    const message = (r.body as unknown as { error: { message: string } }).error.message;
    expect(message).toContain("broken.parquet");
    expect(message).not.toMatch(/\/tmp|uploads\//);
  });
  // Pinned bug: a title outside Latin-1 made the Content-Disposition header throw (500).
  it("downloads an audit whose title is not Latin-1", async () => {
    const up = await upload(admin);
    const run = await admin.json<AuditDetail>("POST", "/api/audits", {
      uploadId: up.body.id,
      title: "审计 Ωmega 2025",
      columns: { outcome: "selected", protected: ["gender"] },
    });
    const r = await admin.request("GET", `/api/audits/${run.body.id}/report.csv`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("审计-Ωmega-2025.csv")}`,
    );
  });
  // Pinned bug: "Origin: null" made the CSRF check throw (500) instead of refusing.
  it("refuses a request from an opaque origin", async () => {
    const r = await admin.request("POST", "/api/invitations", { role: "hr" }, { origin: "null" });
    expect(r.status).toBe(403);
  });
  // Pinned bug: two simultaneous accepts of one invitation made two accounts.
  it("makes one account from one invitation, even when accepted twice at once", async () => {
    const inv = await admin.json<InvitationResponse>("POST", "/api/invitations", { role: "hr" });
    const [x, y] = await Promise.all([newClient(), newClient()]);
    const results = await Promise.all([
      x.json("POST", `/api/invitations/${inv.body.token}/accept`, {
        name: "X",
        email: "x@review.example",
        password,
      }),
      y.json("POST", `/api/invitations/${inv.body.token}/accept`, {
        name: "Y",
        email: "y@review.example",
        password,
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 410]);
    const users = await admin.json<UserSummary[]>("GET", "/api/users");
    expect(
      users.body.filter((u) => u.email === "x@review.example" || u.email === "y@review.example"),
    ).toHaveLength(1);
  });
});

describe("demo organisation", () => {
  it("opens with the example log and one audit, logged in", async () => {
    const c = await newClient();
    const r = await c.json<SessionResponse>("POST", "/api/demo");
    expect(r.status).toBe(201);
    expect(r.body.user?.organisation.isDemo).toBe(true);
    const audits = await c.json<AuditSummary[]>("GET", "/api/audits");
    expect(audits.body).toHaveLength(1);
    expect(audits.body[0]!.findings.belowFourFifthsAndSignificant).toBeGreaterThan(0);
    const vacancies = await c.json<VacancySummary[]>("GET", "/api/vacancies");
    expect(vacancies.body).toHaveLength(1);
    expect(vacancies.body[0]).toMatchObject({ status: "open", applications: 60, undecided: 60 });
  });
});

describe("OpenAPI", () => {
  it("describes exactly the routes the app serves", async () => {
    const served = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith("/api/") && r.method !== "ALL" && r.path !== "/api/*")
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, "{$1}")}`),
    );
    const documented = new Set(API_ROUTES.map((r) => `${r.method} ${r.path}`));
    expect([...served].sort()).toEqual([...documented].sort());
    const doc = await (await newClient()).json<{ openapi: string; paths: Record<string, unknown> }>(
      "GET",
      "/api/openapi.json",
    );
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toContain("/api/audits/{id}");
  });
  it("answers unknown API paths with a JSON 404", async () => {
    const r = await (await newClient()).json<{ error: { code: string } }>("GET", "/api/nope");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("not-found");
  });
});
