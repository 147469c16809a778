/**
 * The before-deployment assessment through the HTTP API on a real SQLite store: start, answer, save
 * versions, refuse a stale save, link an audit as evidence, export the report, roles and tenants.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, type TestClient, testApp } from "../../test-support/test-app.ts";
import type {
  AssessmentDetail,
  AssessmentQuestionnaire,
  AssessmentSummary,
  AuditSummary,
} from "./api-types.ts";

const password = "correct horse battery staple";
let t: TestApp;
let admin: TestClient;
let hr: TestClient;
let auditor: TestClient;
let reviewer: TestClient;
let outsider: TestClient;

const newClient = (): Promise<TestClient> => t.session();
const invited = (role: string, email: string): Promise<TestClient> => t.invited(admin, role, email);

beforeAll(async () => {
  t = await testApp();
  admin = await newClient();
  await admin.json("POST", "/api/setup", {
    organisationName: "Gemeente Noord",
    name: "Admin",
    email: "a@noord.example",
    password,
  });
  hr = await invited("hr", "hr@noord.example");
  auditor = await invited("auditor", "au@noord.example");
  reviewer = await invited("reviewer", "rv@noord.example");
  outsider = await newClient();
  await outsider.json("POST", "/api/demo");
});
afterAll(async () => {
  await t.close();
});

describe("the before-deployment assessment", () => {
  let id: string;

  it("serves the questionnaire and starts an assessment (HR and admins only)", async () => {
    const q = await auditor.json<AssessmentQuestionnaire>("GET", "/api/assessments/questionnaire");
    expect(q.status).toBe(200);
    expect(q.body.sections.length).toBeGreaterThan(5);
    expect((await reviewer.json("GET", "/api/assessments")).status).toBe(403);
    expect((await auditor.json("POST", "/api/assessments", { title: "x" })).status).toBe(403);
    const created = await hr.json<AssessmentDetail>("POST", "/api/assessments", {
      title: "CV-screener Acme",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 0, classification: "undetermined", shownVersion: 0 });
    expect(created.body.openActions).toBe(created.body.shown);
    id = created.body.id;
  });

  it("saves answers as versions, evaluates them, and refuses a stale save", async () => {
    const v1 = await hr.json<AssessmentDetail>("PUT", `/api/assessments/${id}/answers`, {
      baseVersion: 0,
      answers: {
        "scope-recruitment": { value: "yes" },
        "scope-profiling": { value: "yes" },
        "scope-public-body": { value: "yes" },
        "prohibited-emotion": { value: "no" },
        "deployer-logs": { value: "no", owner: "IT", due: "2027-01-31", note: "Vendor keeps 30 days only" },
      },
    });
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ version: 1, classification: "high-risk" });
    expect(v1.body.evaluation.friaRequired).toBe(true);
    const logs = v1.body.evaluation.actions.find((a) => a.questionId === "deployer-logs");
    expect(logs).toMatchObject({ severity: "required", owner: "IT", due: "2027-01-31" });
    const v2 = await hr.json<AssessmentDetail>("PUT", `/api/assessments/${id}/answers`, {
      baseVersion: 1,
      answers: { ...v1.body.answers, "deployer-logs": { value: "yes" } },
    });
    expect(v2.body.version).toBe(2);
    expect(v2.body.evaluation.actions.some((a) => a.questionId === "deployer-logs")).toBe(false);
    const stale = await admin.json<{ error: { code: string; message: string } }>(
      "PUT",
      `/api/assessments/${id}/answers`,
      {
        baseVersion: 1,
        answers: {},
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale-version");
    expect(stale.body.error.message).toContain("2");
    const old = await auditor.json<AssessmentDetail>("GET", `/api/assessments/${id}?version=1`);
    expect(old.body.shownVersion).toBe(1);
    expect(old.body.answers["deployer-logs"]?.value).toBe("no");
    expect(old.body.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await auditor.json("GET", `/api/assessments/${id}?version=9`)).status).toBe(404);
  });

  it("refuses answers that do not fit, naming the question", async () => {
    const unknown = await hr.json<{ error: { code: string; field: string } }>(
      "PUT",
      `/api/assessments/${id}/answers`,
      {
        baseVersion: 2,
        answers: { "no-such-question": { value: "yes" } },
      },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({ code: "unknown-question", field: "answers.no-such-question" });
    const bad = await hr.json<{ error: { code: string; message: string } }>(
      "PUT",
      `/api/assessments/${id}/answers`,
      {
        baseVersion: 2,
        answers: { "deployer-dpia": { value: "maybe" } },
      },
    );
    expect(bad.body.error.code).toBe("invalid-answer");
    expect(bad.body.error.message).toContain("DPIA");
    const badDate = await hr.json<{ error: { code: string } }>("PUT", `/api/assessments/${id}/answers`, {
      baseVersion: 2,
      answers: { "deployer-dpia": { value: "no", due: "next week" } },
    });
    expect(badDate.status).toBe(400);
    const noSuchDay = await hr.json<{ error: { field: string } }>("PUT", `/api/assessments/${id}/answers`, {
      baseVersion: 2,
      answers: { "deployer-dpia": { value: "no", due: "2027-02-30" } },
    });
    expect(noSuchDay.status).toBe(400);
  });

  it("links a saved audit as evidence, and only one of this organisation", async () => {
    const demoAudits = await outsider.json<AuditSummary[]>("GET", "/api/audits");
    const foreign = demoAudits.body[0]!.id;
    const refused = await hr.json<{ error: { code: string } }>("PUT", `/api/assessments/${id}/answers`, {
      baseVersion: 2,
      answers: {
        "bias-measured": { value: "yes", evidence: [{ kind: "audit", ref: foreign, label: "Audit 2025" }] },
      },
    });
    expect(refused.body.error.code).toBe("unknown-evidence");
    const ok = await hr.json<AssessmentDetail>("PUT", `/api/assessments/${id}/answers`, {
      baseVersion: 2,
      answers: {
        "bias-measured": {
          value: "yes",
          evidence: [{ kind: "document", ref: "dpia-2026.pdf", label: "DPIA 2026" }],
        },
      },
    });
    expect(ok.body.version).toBe(3);
  });

  it("exports the report as HTML and PDF in both languages", async () => {
    const html = await auditor.request("GET", `/api/assessments/${id}/report.html?lang=nl&version=1`);
    expect(html.status).toBe(200);
    const text = await html.text();
    expect(text).toContain("Beoordeling vóór gebruik");
    expect(text).toContain("hoog risico");
    expect(text).toContain("Vendor keeps 30 days only");
    expect(text).toContain("AI Act art. 26(6)");
    const en = await (await auditor.request("GET", `/api/assessments/${id}/report.html?lang=en`)).text();
    expect(en).toContain("Action list");
    expect(en).toContain("DPIA 2026 (document)");
    const pdf = await auditor.request("GET", `/api/assessments/${id}/report.pdf?lang=en`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("keeps assessments within the organisation", async () => {
    expect((await outsider.json("GET", `/api/assessments/${id}`)).status).toBe(404);
    expect(
      (await outsider.json("PUT", `/api/assessments/${id}/answers`, { baseVersion: 3, answers: {} })).status,
    ).toBe(404);
    const list = await hr.json<AssessmentSummary[]>("GET", "/api/assessments");
    expect(list.body.map((a) => [a.id, a.version, a.classification])).toEqual([[id, 3, "undetermined"]]);
  });
});
