/**
 * Discovery (issue 5) through the HTTP API, in process on a real SQLite store: on an uploaded synthetic
 * log with a planted disadvantaged group, on a vacancy's decision log (monitoring answers only for roles
 * that may see them, and only in aggregate), data problems named by column, roles and organisations.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, type TestClient, testApp } from "../../test-support/test-app.ts";
import { PLANTINGS, syntheticHiringLog } from "../core/discovery/synthetic-log.ts";
import { exampleVacancy } from "../core/screening/example-vacancy.ts";
import type {
  ActivityEntry,
  ApiError,
  DiscoveryRequest,
  DiscoveryResponse,
  ImportResponse,
  ReviewList,
  SessionResponse,
  UploadSummary,
  VacancyDetail,
} from "./api-types.ts";

const password = "correct horse battery staple";

/** A synthetic hiring log as CSV: missing values as empty cells. */
function csvOf(rows: readonly Record<string, string | number | null>[]): string {
  const columns = Object.keys(rows[0]!);
  const lines = rows.map((r) => columns.map((c) => (r[c] === null ? "" : String(r[c]))).join(","));
  return `${columns.join(",")}\n${lines.join("\n")}\n`;
}

const log = syntheticHiringLog({
  n: 10_000,
  seed: 4,
  planted: PLANTINGS.careerGapPartTime,
  withProtected: true,
});

let t: TestApp;
let admin: TestClient;
let hr: TestClient;
let reviewer: TestClient;
let auditor: TestClient;
let outsider: TestClient;
let organisationId: string;
let upload: UploadSummary;

const newClient = (): Promise<TestClient> => t.session();

const invited = (role: string, email: string): Promise<TestClient> => t.invited(admin, role, email);

const fromUpload = (overrides: Partial<DiscoveryRequest> = {}): DiscoveryRequest => ({
  source: { kind: "upload", uploadId: upload.id },
  outcome: { kind: "decision", column: "selected" },
  worse: "low",
  method: "subgroups",
  protected: ["gender", "origin"],
  id: "applicant_id",
  ...overrides,
});

beforeAll(async () => {
  t = await testApp();
  admin = await newClient();
  const setup = await admin.json<SessionResponse>("POST", "/api/setup", {
    organisationName: "Werk & Zorg",
    name: "Admin",
    email: "admin@wz.example",
    password,
  });
  expect(setup.status).toBe(201);
  organisationId = setup.body.user!.organisation.id;
  hr = await invited("hr", "hr@wz.example");
  reviewer = await invited("reviewer", "rev@wz.example");
  auditor = await invited("auditor", "audit@wz.example");
  outsider = await newClient();
  await outsider.json("POST", "/api/setup", {
    organisationName: "Elders",
    name: "Other",
    email: "other@elders.example",
    password,
  });
  const put = await hr.json<UploadSummary>(
    "PUT",
    "/api/uploads?filename=synthetic-log.csv",
    new TextEncoder().encode(csvOf(log.rows)),
  );
  expect(put.status).toBe(201);
  upload = put.body;
});
afterAll(async () => {
  await t.close();
});

describe("POST /api/discoveries on an upload", () => {
  it("finds the planted group as group 0, significant, with its composition and the proxy check", async () => {
    const r = await hr.json<DiscoveryResponse>("POST", "/api/discoveries", fromUpload());
    expect(r.status).toBe(201);
    const doc = r.body;
    expect(doc.schema).toBe("aware.discovery/1");
    expect(doc.method).toBe("subgroups");
    expect(doc.rows.total).toBe(10_000);
    const top = doc.clusters[0]!;
    expect(top.rule?.conditions.map((c) => c.feature).sort()).toEqual(["gap_months", "hours_per_week"]);
    expect(top.significant).toBe(true);
    expect(top.direction).toBe("worse");
    expect(top.composition.map((c) => c.attribute)).toEqual(["gender", "origin"]);
    // The protected attributes are never searched.
    expect(doc.features.map((f) => f.name)).not.toContain("gender");
    expect(doc.features.map((f) => f.name)).not.toContain("applicant_id");
    expect(doc.proxies?.associations.length).toBeGreaterThan(0);
    // No group below the minimum size leaves the server, in the composition or the gaps.
    for (const c of doc.clusters) {
      for (const cell of c.composition.flatMap((x) => x.cells)) {
        for (const side of [cell.group, cell.rest]) if (side) expect(side.count).toBeGreaterThanOrEqual(5);
      }
    }
    for (const gap of doc.proxies!.gaps) for (const g of gap.groups) expect(g.n).toBeGreaterThanOrEqual(5);
    // Provenance names the upload, never its path on the server.
    expect(doc.provenance).toMatchObject({
      input: "synthetic-log.csv",
      sha256: upload.sha256,
      version: "test",
    });
    expect(JSON.stringify(doc)).not.toContain(t.dataDir);
  });

  it("runs HBAC with a seed and a minimum size, for auditors too, and logs each run", async () => {
    const r = await auditor.json<DiscoveryResponse>(
      "POST",
      "/api/discoveries",
      fromUpload({ method: "hbac", seed: 7, minSize: 0.1, protected: [] }),
    );
    expect(r.status).toBe(201);
    expect(r.body.method).toBe("hbac");
    expect(r.body.seed).toBe(7);
    expect(r.body.options.minSize).toBe(0.1);
    expect(r.body.proxies).toBeNull();
    const activity = await admin.json<ActivityEntry[]>("GET", "/api/activity");
    const runs = activity.body.filter((a) => a.action === "discovery.run");
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs[0]!.subject).toBe("synthetic-log.csv");
  });

  it("names the column of a data problem (422), in the request's language", async () => {
    const missing = await hr.json<ApiError>(
      "POST",
      "/api/discoveries",
      fromUpload({ outcome: { kind: "decision", column: "hired" } }),
    );
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({ code: "unknown-column", field: "hired" });
    expect(missing.body.error.message).toContain("synthetic-log.csv");
    expect(missing.body.error.message).toContain("hired");
    const notANumber = await hr.request(
      "POST",
      "/api/discoveries",
      fromUpload({ outcome: { kind: "score", column: "education" }, features: ["gap_months"] }),
      { "accept-language": "nl" },
    );
    expect(notANumber.status).toBe(422);
    const body = (await notANumber.json()) as ApiError;
    expect(body.error).toMatchObject({ code: "invalid-score", field: "education" });
    expect(body.error.message).toMatch(/scorekolom 'education'/);
    expect(body.error.message).not.toContain(t.dataDir);
  });

  it("validates the request (400 naming the field)", async () => {
    const r = await hr.json<ApiError>("POST", "/api/discoveries", fromUpload({ minSize: 0.5 }));
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe("minSize");
    const worse = await hr.json<ApiError>("POST", "/api/discoveries", { ...fromUpload(), worse: "bad" });
    expect(worse.status).toBe(400);
    expect(worse.body.error.field).toBe("worse");
  });

  it("refuses roles without runDiscovery (403) and another organisation's upload (404)", async () => {
    expect((await reviewer.json("POST", "/api/discoveries", fromUpload())).status).toBe(403);
    const other = await outsider.json<ApiError>("POST", "/api/discoveries", fromUpload());
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain("selected");
  });
});

describe("POST /api/discoveries on a vacancy's decision log", () => {
  let vacancy: VacancyDetail;
  const onLog = (overrides: Partial<DiscoveryRequest> = {}): DiscoveryRequest => ({
    source: { kind: "vacancy", vacancyId: vacancy.id },
    outcome: { kind: "decision", column: "advanced" },
    worse: "low",
    method: "subgroups",
    ...overrides,
  });

  beforeAll(async () => {
    vacancy = (
      await hr.json<VacancyDetail>("POST", "/api/vacancies", {
        definition: exampleVacancy,
        status: "open",
        preferentialPolicy: null,
        monitoring: { enabled: true, retentionDays: 365 },
      })
    ).body;
    const csv = readFileSync(
      fileURLToPath(new URL("../../examples/candidates-home-care.csv", import.meta.url)),
      "utf8",
    );
    const first80 = `${csv.split("\n").slice(0, 81).join("\n")}\n`;
    const imported = await hr.request(
      "POST",
      `/api/vacancies/${vacancy.id}/applications/import?filename=candidates.csv`,
      first80,
      { "content-type": "text/csv" },
    );
    expect(((await imported.json()) as ImportResponse).imported).toBe(80);
  });

  it("needs enough decisions first (422 in words)", async () => {
    const r = await hr.json<ApiError>("POST", "/api/discoveries", onLog());
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("too-few-decisions");
    expect(r.body.error.message).toMatch(/0 decided applications/);
  });

  it("runs on the decided applications, with monitoring answers only for roles that may see them", async () => {
    const list = (await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`)).body;
    for (const [k, item] of list.items.entries()) {
      // As recommended; a "review" is decided either way.
      const decision =
        item.result.recommendation === "advance" || (item.result.recommendation === "review" && k % 2 === 0)
          ? "advance"
          : "reject";
      const r = await reviewer.json("POST", `/api/vacancies/${vacancy.id}/decisions`, {
        applicationId: item.id,
        decision,
      });
      expect(r.status).toBe(201);
      const genders = ["woman", "man", "woman", "man", "no-answer", "non-binary"] as const;
      await t.store.saveMonitoring({
        organisationId,
        applicationId: item.id,
        vacancyId: vacancy.id,
        answers: {
          // Three people answered "other": fewer than the minimum group size.
          gender: k < 3 ? "other" : genders[k % genders.length]!,
          ageBand: k % 3 === 0 ? "55-plus" : "25-34",
          migrationBackground: "none",
          disability: "no",
        },
        consentVersion: "1",
        consentedAt: "2026-01-05T09:00:00.000Z",
        deleteAfter: "2027-01-05T09:00:00.000Z",
      });
    }

    // HR may run it, but may not see monitoring aggregates: the answers are left out of the run.
    const asHr = await hr.json<DiscoveryResponse>(
      "POST",
      "/api/discoveries",
      onLog({ protected: ["gender"] }),
    );
    expect(asHr.status).toBe(201);
    expect(asHr.body.rows.used).toBe(80);
    expect(asHr.body.protected).toEqual([]);
    expect(asHr.body.proxies).toBeNull();
    expect(asHr.body.clusters.every((c) => c.composition.length === 0)).toBe(true);
    expect(JSON.stringify(asHr.body)).not.toMatch(/gender|woman|non-binary/);
    expect(asHr.body.provenance.input).toBe(`decision log: ${exampleVacancy.title.en}`);
    const features = asHr.body.features.map((f) => f.name);
    expect(features).toContain("ervaring_jaren");
    expect(features).not.toContain("advanced");
    expect(features).not.toContain("reference");

    // Reviewers may not run it at all.
    expect((await reviewer.json("POST", "/api/discoveries", onLog({ protected: ["gender"] }))).status).toBe(
      403,
    );

    // Auditors see the composition by gender, with every count below the minimum group size suppressed.
    const asAuditor = await auditor.json<DiscoveryResponse>(
      "POST",
      "/api/discoveries",
      onLog({ protected: ["gender"] }),
    );
    expect(asAuditor.status).toBe(201);
    expect(asAuditor.body.protected).toEqual(["gender"]);
    expect(asAuditor.body.features.map((f) => f.name)).not.toContain("gender");
    for (const c of asAuditor.body.clusters) {
      expect(c.composition.map((x) => x.attribute)).toEqual(["gender"]);
      for (const cell of c.composition[0]!.cells) {
        for (const side of [cell.group, cell.rest]) if (side) expect(side.count).toBeGreaterThanOrEqual(5);
      }
    }
    const gaps = asAuditor.body.proxies?.gaps ?? [];
    expect(gaps.map((g) => g.attribute)).toEqual(["gender"]);
    for (const g of gaps[0]!.groups) expect(g.n).toBeGreaterThanOrEqual(5);
    expect(gaps[0]!.groups.map((g) => g.value)).not.toContain("other");
  });

  it("names a column that is not in the log, and hides other organisations' vacancies", async () => {
    const r = await hr.json<ApiError>(
      "POST",
      "/api/discoveries",
      onLog({ outcome: { kind: "decision", column: "hired" } }),
    );
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ code: "unknown-column", field: "hired" });
    expect((await outsider.json("POST", "/api/discoveries", onLog())).status).toBe(404);
  });
});
