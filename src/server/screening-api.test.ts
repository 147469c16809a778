/**
 * The screening module through the HTTP API, in process on a real SQLite store: define a vacancy,
 * candidates apply through the public form and fill in the monitoring questionnaire, HR imports more,
 * a reviewer reviews with an override and its reason, the preferential policy breaks a tie, HR sends
 * the explanation letter, the audit runs on the decision log, and monitoring data stays out of
 * reviewers' reach.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp, type TestClient, testApp } from "../../test-support/test-app.ts";
import { exampleVacancy } from "../core/screening/example-vacancy.ts";
import type {
  ApplicationStatus,
  AuditDetail,
  DecisionLogEntry,
  ImportResponse,
  MonitoringSummary,
  PublicApplicationResponse,
  PublicVacancy,
  ReviewList,
  ScreeningAuditResponse,
  TieBreakResponse,
  VacancyDetail,
  VacancyInvalidError,
  VacancyRequest,
  VacancySummary,
} from "./api-types.ts";
import { sha256 } from "./auth/tokens.ts";

const password = "correct horse battery staple";
const candidatesCsv = readFileSync(
  fileURLToPath(new URL("../../examples/candidates-home-care.csv", import.meta.url)),
  "utf8",
);
/** The example file's header and first 40 candidates. */
const first40 = `${candidatesCsv.split("\n").slice(0, 41).join("\n")}\n`;

let t: TestApp;
let admin: TestClient;
let hr: TestClient;
let reviewer: TestClient;
let auditor: TestClient;
let outsider: TestClient;

const newClient = (): Promise<TestClient> => t.session();

const invited = (role: string, email: string, name: string): Promise<TestClient> =>
  t.invited(admin, role, email, name);

const request = (overrides: Partial<VacancyRequest> = {}): VacancyRequest => ({
  definition: exampleVacancy,
  status: "open",
  preferentialPolicy: null,
  monitoring: { enabled: true, retentionDays: 365 },
  ...overrides,
});

/** A complete public application: every knock-out answered, the rest as given. */
const application = (name: string, fields: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`,
  fields: { rijbewijs_b: "ja", diploma: "VIG", ...fields },
  privacyAccepted: true,
  ...extra,
});

beforeAll(async () => {
  t = await testApp();
  admin = await newClient();
  expect(
    (
      await admin.json("POST", "/api/setup", {
        organisationName: "Thuiszorg West",
        name: "Admin",
        email: "admin@west.example",
        password,
      })
    ).status,
  ).toBe(201);
  hr = await invited("hr", "hr@west.example", "Hanna HR");
  reviewer = await invited("reviewer", "rev@west.example", "Rik Reviewer");
  auditor = await invited("auditor", "audit@west.example", "Ada Auditor");
  outsider = await newClient();
  await outsider.json("POST", "/api/setup", {
    organisationName: "Elders",
    name: "Other",
    email: "other@elders.example",
    password,
  });
});
afterAll(async () => {
  await t.close();
});

describe("vacancies", () => {
  it("refuses a criterion on a protected characteristic, explaining why, and accepts the fixed vacancy", async () => {
    const withAge = {
      ...exampleVacancy,
      criteria: [
        ...exampleVacancy.criteria,
        {
          id: "leeftijd",
          label: { nl: "Leeftijd", en: "Age" },
          weight: 10,
          condition: { kind: "atLeast" as const, field: "age", value: 25 },
        },
      ],
    };
    const refused = await hr.json<VacancyInvalidError>(
      "POST",
      "/api/vacancies",
      request({ definition: withAge }),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("vacancy-invalid");
    const error = refused.body.check.errors.find((e) => e.path.startsWith("criteria[4]"));
    expect(error?.code).toBe("protected-characteristic");
    expect(error?.message.en.length).toBeGreaterThan(20);
    const check = await hr.json<{ errors: unknown[] }>("POST", "/api/vacancies/check", {
      definition: withAge,
    });
    expect(check.status).toBe(200);
    expect(check.body.errors.length).toBeGreaterThan(0);

    const created = await hr.json<VacancyDetail>("POST", "/api/vacancies", request());
    expect(created.status).toBe(201);
    expect(created.body.version).toBe(1);
    expect(created.body.check.errors).toEqual([]);
    expect(created.body.formFields.map((f) => f.field)).not.toContain("gender");
  });

  it("lets only HR and admins define vacancies, and keeps them per organisation", async () => {
    expect((await reviewer.json("POST", "/api/vacancies", request())).status).toBe(403);
    const list = await reviewer.json<VacancySummary[]>("GET", "/api/vacancies");
    expect(list.status).toBe(200);
    const id = list.body[0]!.id;
    expect((await outsider.json("GET", `/api/vacancies/${id}`)).status).toBe(404);
    expect((await outsider.json("PUT", `/api/vacancies/${id}`, request())).status).toBe(404);
    expect((await outsider.json("GET", `/api/vacancies/${id}/applications`)).status).toBe(404);
  });

  it("allows a preferential policy only with a documented disadvantage and a published statement", async () => {
    const r = await hr.json<{ error: { code: string } }>(
      "POST",
      "/api/vacancies",
      request({
        preferentialPolicy: {
          enabled: true,
          group: "women",
          justification: "short",
          statement: { nl: "", en: "" },
        },
      }),
    );
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("policy-incomplete");
  });
});

describe("the whole path", () => {
  let vacancy: VacancyDetail;
  let statusToken: string;
  let claimant: string;

  beforeAll(async () => {
    vacancy = (await hr.json<VacancyDetail>("POST", "/api/vacancies", request())).body;
  });

  it("shows the public form to anyone while the vacancy is open", async () => {
    const visitor = await newClient();
    const form = await visitor.json<PublicVacancy>("GET", `/api/public/vacancies/${vacancy.publicToken}`);
    expect(form.status).toBe(200);
    expect(form.body.organisationName).toBe("Thuiszorg West");
    expect(form.body.knockouts[0]?.reason.nl).toContain("auto");
    expect(form.body.preference).toBeNull();
    expect(form.body.formFields.find((f) => f.field === "rijbewijs_b")?.required).toBe(true);
    const draft = await hr.json<VacancyDetail>("POST", "/api/vacancies", request({ status: "draft" }));
    expect((await visitor.json("GET", `/api/public/vacancies/${draft.body.publicToken}`)).status).toBe(404);
    expect((await visitor.json("GET", "/api/public/vacancies/unknown")).status).toBe(404);
  });

  it("takes an application through the public form, with clear refusals", async () => {
    const visitor = await newClient();
    const path = `/api/public/vacancies/${vacancy.publicToken}/applications`;
    const missing = await visitor.json<{ error: { code: string; field: string; message: string } }>(
      "POST",
      path,
      {
        ...application("Sam", {}),
        fields: { diploma: "VIG" },
      },
    );
    expect(missing.status).toBe(422);
    expect(missing.body.error.field).toBe("fields.rijbewijs_b");
    expect(missing.body.error.message).toContain("Driving licence B");
    const protectedField = await visitor.json<{ error: { code: string } }>(
      "POST",
      path,
      application("Sam", { gender: "v" }),
    );
    expect(protectedField.body.error.code).toBe("unknown-field");
    const noPrivacy = await visitor.json<{ error: { code: string } }>("POST", path, {
      ...application("Sam", {}),
      privacyAccepted: false,
    });
    expect(noPrivacy.body.error.code).toBe("privacy-required");
    const applied = await visitor.json<PublicApplicationResponse>(
      "POST",
      path,
      application("Sam de Vries", { ervaring_jaren: "4", nederlands_niveau: "B2", vaardigheden: "wondzorg" }),
    );
    expect(applied.status).toBe(201);
    expect(applied.body.reference).toMatch(/^A-\d{4}$/);
    statusToken = applied.body.statusToken;
    const status = await visitor.json<ApplicationStatus>("GET", `/api/public/applications/${statusToken}`);
    expect(status.body.state).toBe("received");
    expect(status.body.letter).toBeNull();
    expect((await visitor.json("GET", "/api/public/applications/not-a-token")).status).toBe(404);
  });

  it("stores monitoring answers only with consent, apart, and lets the candidate withdraw them", async () => {
    const visitor = await newClient();
    const path = `/api/public/applications/${statusToken}/monitoring`;
    const answers = { gender: "woman", ageBand: "25-34", migrationBackground: "none", disability: "no" };
    const noConsent = await visitor.json<{ error: { code: string } }>("POST", path, {
      consent: false,
      answers,
    });
    expect(noConsent.body.error.code).toBe("consent-required");
    expect((await visitor.json("POST", path, { consent: true, answers })).status).toBe(201);
    let status = await visitor.json<ApplicationStatus>("GET", `/api/public/applications/${statusToken}`);
    expect(status.body.monitoring.answeredUntil).toBe(new Date(Date.UTC(2027, 0, 5, 9)).toISOString());
    // The application itself holds no monitoring answer: they are in a table of their own.
    const stored = await t.store.findApplicationByStatusToken(sha256(statusToken));
    // (Values compared whole: "25-34" could occur by chance inside a random id.)
    expect(Object.values(stored!.fields)).not.toContain("25-34");
    expect(Object.keys(stored!)).not.toContain("answers");
    const review = await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`);
    for (const item of review.body.items) expect(Object.values(item.fields)).not.toContain("25-34");
    expect(JSON.stringify(review.body)).not.toMatch(/ageBand|migrationBackground/);
    expect((await visitor.request("DELETE", path)).status).toBe(204);
    status = await visitor.json<ApplicationStatus>("GET", `/api/public/applications/${statusToken}`);
    expect(status.body.monitoring.answeredUntil).toBeNull();
    expect((await visitor.json("POST", path, { consent: true, answers })).status).toBe(201);
  });

  it("imports candidates from CSV, dropping protected and unused columns, all or nothing", async () => {
    const path = `/api/vacancies/${vacancy.id}/applications/import?filename=candidates.csv`;
    const r = await hr.request("POST", path, first40, { "content-type": "text/csv" });
    expect(r.status).toBe(201);
    const body = (await r.json()) as ImportResponse;
    expect(body.imported).toBe(40);
    expect(body.droppedColumns).toEqual(
      expect.arrayContaining(["gender", "age_band", "migration_background", "disability"]),
    );
    const json = JSON.stringify([{ name: "Jo", email: "not-an-email", rijbewijs_b: "ja" }]);
    const bad = await hr.request("POST", path.replace("candidates.csv", "jo.json"), json, {
      "content-type": "application/json",
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("jo.json, row 1");
    // An unreadable value refuses the file, naming the row and the field, as the form would.
    const unreadable = "name,rijbewijs_b,ervaring_jaren\nAda,ja,3\nBo,ja,veel\n";
    const refused = await hr.request("POST", path.replace("candidates.csv", "two.csv"), unreadable, {
      "content-type": "text/csv",
    });
    expect(refused.status).toBe(422);
    const body422 = (await refused.json()) as { error: { message: string; field: string } };
    expect(body422.error.message).toContain("two.csv, row 2");
    expect(body422.error.field).toBe("ervaring_jaren");
    expect((await reviewer.request("POST", path, first40, { "content-type": "text/csv" })).status).toBe(403);
    const list = await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`);
    expect(list.body.items).toHaveLength(41);
    for (const item of list.body.items) expect(Object.keys(item.fields)).not.toContain("gender");
  });

  it("ranks for review, with names for HR only", async () => {
    const asHr = await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`);
    const asReviewer = await reviewer.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`);
    expect(asHr.body.items.some((i) => i.contact?.name === "Sam de Vries")).toBe(true);
    expect(asReviewer.body.items.every((i) => i.contact === null)).toBe(true);
    expect(JSON.stringify(asReviewer.body)).not.toContain("Sam de Vries");
    const scores = asReviewer.body.items.map((i) => i.result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(asReviewer.body.items[0]!.rank).toBe(1);
    for (const item of asReviewer.body.items) {
      const sum = item.result.contributions.reduce((s, c) => s + c.points, 0);
      expect(sum).toBeCloseTo(item.result.score, 9);
    }
  });

  it("requires a written reason to depart from the recommendation, and logs every step", async () => {
    const list = (await reviewer.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`)).body;
    const rejected = list.items.find((i) => i.result.recommendation === "reject")!;
    const path = `/api/vacancies/${vacancy.id}/decisions`;
    const noReason = await reviewer.json<{ error: { code: string; field: string } }>("POST", path, {
      applicationId: rejected.id,
      decision: "advance",
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe("reason-required");
    expect(noReason.body.error.field).toBe("reason");
    const tooShort = await reviewer.json("POST", path, {
      applicationId: rejected.id,
      decision: "advance",
      reason: "ok",
    });
    expect(tooShort.status).toBe(422);
    const reason = "Ten years of wound care abroad; the diploma is being recognised.";
    const decided = await reviewer.json("POST", path, {
      applicationId: rejected.id,
      decision: "advance",
      reason,
    });
    expect(decided.status).toBe(201);
    const review = list.items.find((i) => i.result.recommendation === "review")!;
    expect((await reviewer.json("POST", path, { applicationId: review.id, decision: "reject" })).status).toBe(
      201,
    );
    const log = await auditor.json<DecisionLogEntry[]>("GET", `/api/vacancies/${vacancy.id}/log`);
    const forRejected = log.body.filter((e) => e.applicationId === rejected.id);
    expect(forRejected.map((e) => [e.kind, e.deciderKind])).toEqual([
      ["recommendation", "system"],
      ["decision", "user"],
    ]);
    expect(forRejected[0]!.recommendation).toBe("reject");
    expect(forRejected[1]).toMatchObject({
      decision: "advance",
      override: true,
      reason,
      deciderName: "Rik Reviewer",
    });
    expect(forRejected[1]!.vacancyVersion).toBe(1);
    const csv = await auditor.request("GET", `/api/vacancies/${vacancy.id}/log.csv`);
    expect(await csv.text()).toContain("Rik Reviewer");
    // Another organisation cannot decide here.
    expect(
      (await outsider.json("POST", path, { applicationId: rejected.id, decision: "reject" })).status,
    ).toBe(404);
  });

  it("records automatic knock-out rejections only for typical profiles without a decision", async () => {
    const before = (await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`)).body;
    const expected = before.items.filter((i) => i.result.automatic && i.decision === null).length;
    expect(expected).toBeGreaterThan(0);
    const r = await hr.json<{ rejected: number }>(
      "POST",
      `/api/vacancies/${vacancy.id}/automatic-rejections`,
    );
    expect(r.body.rejected).toBe(expected);
    const after = (await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`)).body;
    for (const item of after.items.filter((i) => i.result.automatic)) {
      expect(item.decision?.decision).toBeDefined();
    }
    expect(after.items.every((i) => !(i.decision?.deciderKind === "system" && !i.result.automatic))).toBe(
      true,
    );
    const again = await hr.json<{ rejected: number }>(
      "POST",
      `/api/vacancies/${vacancy.id}/automatic-rejections`,
    );
    expect(again.body.rejected).toBe(0);
    expect((await reviewer.json("POST", `/api/vacancies/${vacancy.id}/automatic-rejections`)).status).toBe(
      403,
    );
  });

  it("uses the preferential policy only to break a tie, and logs the tie", async () => {
    const visitor = await newClient();
    const fields = {
      ervaring_jaren: "2",
      nederlands_niveau: "B1",
      vaardigheden: "wondzorg",
      certificaat: "BHV",
    };
    const tiePath = `/api/vacancies/${vacancy.id}/tie-breaks`;
    const items = () => hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`);
    // Off: refused.
    const first = (await items()).body.items.slice(0, 2).map((i) => i.id);
    expect(
      (await reviewer.json<{ error: { code: string } }>("POST", tiePath, { applicationIds: first })).status,
    ).toBe(409);
    const updated = await hr.json<VacancyDetail>(
      "PUT",
      `/api/vacancies/${vacancy.id}`,
      request({
        preferentialPolicy: {
          enabled: true,
          group: "women",
          justification: "Women hold 12% of team-lead roles against 80% of the workforce (HR report 2026).",
          statement: {
            nl: "Bij gelijke geschiktheid gaat de voorkeur uit naar een vrouw.",
            en: "At equal suitability, we prefer a woman.",
          },
        },
      }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    const form = await visitor.json<PublicVacancy>("GET", `/api/public/vacancies/${vacancy.publicToken}`);
    expect(form.body.preference?.statement.nl).toContain("gelijke geschiktheid");
    const path = `/api/public/vacancies/${vacancy.publicToken}/applications`;
    const a = await visitor.json<PublicApplicationResponse>(
      "POST",
      path,
      application("Tie A", fields, { preferenceClaim: true }),
    );
    const b = await visitor.json<PublicApplicationResponse>("POST", path, application("Tie B", fields));
    const list = (await items()).body.items;
    const idOf = (reference: string) => list.find((i) => i.reference === reference)!.id;
    claimant = idOf(a.body.reference);
    const tie = await reviewer.json<TieBreakResponse>("POST", tiePath, {
      applicationIds: [claimant, idOf(b.body.reference)],
    });
    expect(tie.status).toBe(201);
    expect(tie.body.preferred).toEqual([claimant]);
    const unequal = list.find(
      (i) => Math.abs(i.result.score - tie.body.score) > 1 && i.result.knockout === null,
    )!;
    const notATie = await reviewer.json<{ error: { code: string } }>("POST", tiePath, {
      applicationIds: [claimant, unequal.id],
    });
    expect(notATie.status).toBe(422);
    expect(notATie.body.error.code).toBe("not-a-tie");
    const log = (await auditor.json<DecisionLogEntry[]>("GET", `/api/vacancies/${vacancy.id}/log`)).body;
    const entry = log.find((e) => e.kind === "tie-break")!;
    expect(entry.deciderName).toBe("Rik Reviewer");
    expect(entry.details).toMatchObject({
      group: "women",
      tie: [a.body.reference, b.body.reference],
      preferred: [a.body.reference],
    });
    expect(log.filter((e) => e.kind === "tie-break")).toHaveLength(1);
    // Once one of them is decided, the tie is over: the policy cannot be asked again about them.
    await reviewer.json("POST", `/api/vacancies/${vacancy.id}/decisions`, {
      applicationId: claimant,
      decision: "advance",
    });
    const afterwards = await reviewer.json<{ error: { code: string } }>("POST", tiePath, {
      applicationIds: [claimant, idOf(b.body.reference)],
    });
    expect(afterwards.body.error.code).toBe("not-a-tie");
  });

  it("sends the explanation letter once decided, and the candidate reads it on their page", async () => {
    const list = (await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`)).body;
    const sam = list.items.find((i) => i.contact?.name === "Sam de Vries")!;
    const letterPath = `/api/vacancies/${vacancy.id}/applications/${sam.id}/letter`;
    expect((await hr.json<{ error: { code: string } }>("POST", letterPath, { language: "nl" })).status).toBe(
      409,
    );
    await hr.json("POST", `/api/vacancies/${vacancy.id}/decisions`, {
      applicationId: sam.id,
      decision: sam.result.recommendation === "reject" ? "reject" : "advance",
    });
    const sent = await hr.json<{ sentAt: string }>("POST", letterPath, { language: "nl" });
    expect(sent.status).toBe(201);
    expect((await reviewer.json("POST", letterPath, { language: "nl" })).status).toBe(403);
    const visitor = await newClient();
    const status = await visitor.json<ApplicationStatus>("GET", `/api/public/applications/${statusToken}`);
    expect(status.body.state).toBe("decided");
    expect(status.body.letter?.language).toBe("nl");
    expect(status.body.letter?.html).toContain("Beste Sam de Vries,");
    // The letter states the decision first, and who took it.
    expect(status.body.letter?.html).toContain("<h2>Besluit</h2>");
    expect(status.body.letter?.html).toContain("Een medewerker heeft dit besluit op 2026-01-05 genomen");
    expect(status.body.letter?.html).toContain("art. 86");
    const pdf = await hr.request("GET", `${letterPath}.pdf?lang=en`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const html = await hr.request("GET", `${letterPath}.html?lang=en`);
    expect(await html.text()).toContain("Explanation of your application");
    const log = (await auditor.json<DecisionLogEntry[]>("GET", `/api/vacancies/${vacancy.id}/log`)).body;
    expect(log.some((e) => e.kind === "letter" && e.applicationId === sam.id)).toBe(true);
  });

  it("refuses monitoring data to reviewers, and shows auditors aggregates only", async () => {
    const path = `/api/vacancies/${vacancy.id}/monitoring`;
    expect((await reviewer.json("GET", path)).status).toBe(403);
    expect((await hr.json("GET", path)).status).toBe(403);
    const visitor = await newClient();
    const apply = `/api/public/vacancies/${vacancy.publicToken}/applications`;
    // Seven more candidates who answer the questionnaire: 6 women, 1 man (with Sam: 7 women).
    for (let i = 0; i < 7; i++) {
      const r = await visitor.json<PublicApplicationResponse>(
        "POST",
        apply,
        application(`Mon ${i}`, { ervaring_jaren: String(i), nederlands_niveau: "B1" }),
      );
      await visitor.json("POST", `/api/public/applications/${r.body.statusToken}/monitoring`, {
        consent: true,
        answers: {
          gender: i === 6 ? "man" : "woman",
          ageBand: "35-44",
          migrationBackground: "no-answer",
          disability: "no",
        },
      });
    }
    const summary = await auditor.json<MonitoringSummary>("GET", path);
    expect(summary.status).toBe(200);
    expect(summary.body.responses).toBe(8);
    const gender = summary.body.questions.find((q) => q.question === "gender")!;
    expect(gender.counts.find((c) => c.answer === "woman")?.count).toBeNull(); // 7 shown would reveal the 1 man
    expect(gender.counts.find((c) => c.answer === "man")?.count).toBeNull();
    // The review list never carries monitoring answers.
    const review = await reviewer.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`);
    for (const item of review.body.items) expect(Object.values(item.fields)).not.toContain("35-44");
    expect(JSON.stringify(review.body)).not.toMatch(/ageBand|migrationBackground/);
  });

  it("runs the audit on the decision log: the algorithm, the final decisions, and each reviewer", async () => {
    expect((await reviewer.json("POST", "/api/screening/audits", { vacancyId: vacancy.id })).status).toBe(
      403,
    );
    // Decide on everyone still open, so the views have people in them.
    const list = (await hr.json<ReviewList>("GET", `/api/vacancies/${vacancy.id}/applications`)).body;
    for (const item of list.items.filter((i) => i.decision === null)) {
      const r = await hr.json("POST", `/api/vacancies/${vacancy.id}/decisions`, {
        applicationId: item.id,
        decision: item.result.recommendation === "advance" ? "advance" : "reject",
      });
      expect(r.status).toBe(201);
    }
    // HR decides and sees names, so re-running the audit after each decision would reveal a candidate's
    // monitoring answers by difference: only admins and auditors run and read these audits.
    expect((await hr.json("POST", "/api/screening/audits", { vacancyId: vacancy.id })).status).toBe(403);
    const r = await auditor.json<ScreeningAuditResponse>("POST", "/api/screening/audits", {
      vacancyId: vacancy.id,
    });
    expect(r.status).toBe(201);
    for (const who of [reviewer, hr]) {
      const listed = await who.json<{ id: string }[]>("GET", "/api/audits");
      expect(listed.body.some((a) => r.body.audits.some((x) => x.id === a.id))).toBe(false);
      expect((await who.json("GET", `/api/audits/${r.body.audits[0]!.id}`)).status).toBe(404);
      expect((await who.request("GET", `/api/audits/${r.body.audits[0]!.id}/report.html`)).status).toBe(404);
    }
    const titles = r.body.audits.map((a) => a.title);
    expect(titles.some((t) => t.includes("recommendations"))).toBe(true);
    expect(titles.some((t) => t.includes("final decisions"))).toBe(true);
    expect(titles.some((t) => t.includes("Rik Reviewer"))).toBe(true);
    expect(titles.some((t) => t.includes("Hanna HR"))).toBe(true);
    const recommendation = r.body.audits.find((a) => a.title.includes("recommendations"))!;
    const detail = await auditor.json<AuditDetail>("GET", `/api/audits/${recommendation.id}`);
    expect(detail.body.document.groupings.map((g) => g.attributes.join("+"))).toEqual([
      "gender",
      "ageBand",
      "migrationBackground",
      "disability",
    ]);
    const total = list.items.length;
    expect(detail.body.document.rows).toBe(total);
    const all = await auditor.json<ScreeningAuditResponse>("POST", "/api/screening/audits", {});
    expect(all.status).toBe(201);
    expect(all.body.audits[0]!.title).toContain("All vacancies");
    const empty = await hr.json<VacancyDetail>("POST", "/api/vacancies", request());
    const none = await auditor.json<{ error: { code: string } }>("POST", "/api/screening/audits", {
      vacancyId: empty.body.id,
    });
    expect(none.body.error.code).toBe("nothing-to-audit");
  });

  it("never lets a reviewer's decisions reach another organisation", async () => {
    const r = await outsider.json<ScreeningAuditResponse | { error: unknown }>(
      "POST",
      "/api/screening/audits",
      {
        vacancyId: vacancy.id,
      },
    );
    expect(r.status).toBe(404);
    expect(claimant).toBeDefined();
  });
});

describe("the public form under load from one address", () => {
  it("takes at most 30 applications per hour per address and vacancy, then asks to wait", async () => {
    const v = (await hr.json<VacancyDetail>("POST", "/api/vacancies", request())).body;
    const visitor = await newClient();
    const path = `/api/public/vacancies/${v.publicToken}/applications`;
    for (let i = 0; i < 30; i++) {
      expect((await visitor.json("POST", path, application(`Many ${i}`, {}))).status).toBe(201);
    }
    const refused = await visitor.request("POST", path, application("One too many", {}));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("3600");
    t.advance(3_600_001);
    expect((await visitor.json("POST", path, application("Next hour", {}))).status).toBe(201);
  });
});

describe("what the log and the letter keep when the vacancy changes", () => {
  it("refuses a decision taken on a recommendation that has changed, and writes the letter from the logged result", async () => {
    const v = (await hr.json<VacancyDetail>("POST", "/api/vacancies", request())).body;
    const add = (name: string, fields: Record<string, string>) =>
      hr.json<{ id: string }>("POST", `/api/vacancies/${v.id}/applications`, {
        name,
        fields: {
          diploma: "VIG",
          ervaring_jaren: "5",
          nederlands_niveau: "B2",
          vaardigheden: "wondzorg",
          ...fields,
        },
      });
    const noLicence = (await add("Kim Zonder Rijbewijs", { rijbewijs_b: "nee" })).body.id;
    await add("Lou Met Rijbewijs", { rijbewijs_b: "ja" });
    const list = (await hr.json<ReviewList>("GET", `/api/vacancies/${v.id}/applications`)).body;
    const kim = list.items.find((i) => i.id === noLicence)!;
    expect(kim.result.knockout?.id).toBe("rijbewijs-b");
    // HR publishes a new version in between: the reviewer's list is out of date.
    const v2 = await hr.json<VacancyDetail>("PUT", `/api/vacancies/${v.id}`, {
      ...request(),
      definition: { ...exampleVacancy, thresholds: { advance: 95, review: 90 } },
    });
    expect(v2.body.version).toBe(2);
    const stale = await reviewer.json<{ error: { code: string; message: string } }>(
      "POST",
      `/api/vacancies/${v.id}/decisions`,
      {
        applicationId: list.items.find((i) => i.id !== noLicence)!.id,
        decision: "advance",
        shown: { vacancyVersion: 1, recommendation: "advance" },
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("recommendation-changed");
    expect(stale.body.error.message).toContain("version 2");
    // Kim is rejected on the knock-out under version 2 ...
    const decided = await hr.json("POST", `/api/vacancies/${v.id}/decisions`, {
      applicationId: noLicence,
      decision: "reject",
      shown: { vacancyVersion: 2, recommendation: kim.result.recommendation },
    });
    expect(decided.status).toBe(201);
    // ... then the knock-out is dropped (version 3). The letter still explains the rule applied.
    await hr.json("PUT", `/api/vacancies/${v.id}`, {
      ...request(),
      definition: { ...exampleVacancy, knockouts: exampleVacancy.knockouts.slice(1) },
    });
    const html = await (
      await hr.request("GET", `/api/vacancies/${v.id}/applications/${noLicence}/letter.html?lang=en`)
    ).text();
    expect(html).toContain("Published requirement you do not meet");
    expect(html).toContain("Driving licence B");
    const log = (await auditor.json<DecisionLogEntry[]>("GET", `/api/vacancies/${v.id}/log`)).body;
    const rec = log.find((e) => e.kind === "recommendation" && e.applicationId === noLicence)!;
    expect(rec.vacancyVersion).toBe(2);
    const logged = rec.details!.result as { knockout: { id: string } };
    expect(logged.knockout.id).toBe("rijbewijs-b");
    const csv = await (await auditor.request("GET", `/api/vacancies/${v.id}/log.csv`)).text();
    expect(csv).not.toContain('"contributions"');
  });
});

describe("the public form behind a trusted proxy", () => {
  it("throttles by the address the proxy adds, not by the proxy's own", async () => {
    const proxied = await testApp({ trustProxy: true });
    try {
      const boss = await proxied.session();
      await boss.json("POST", "/api/setup", {
        organisationName: "P",
        name: "A",
        email: "a@p.example",
        password: TEST_PASSWORD,
      });
      const v = (await boss.json<VacancyDetail>("POST", "/api/vacancies", request())).body;
      const visitor = await proxied.session();
      const path = `/api/public/vacancies/${v.publicToken}/applications`;
      const from = (ip: string) => ({
        "x-forwarded-for": `203.0.113.9, ${ip}`,
        "content-type": "application/json",
      });
      for (let i = 0; i < 30; i++) {
        const r = await visitor.request(
          "POST",
          path,
          JSON.stringify(application(`P ${i}`, {})),
          from("198.51.100.1"),
        );
        expect(r.status).toBe(201);
      }
      expect(
        (await visitor.request("POST", path, JSON.stringify(application("P x", {})), from("198.51.100.1")))
          .status,
      ).toBe(429);
      // Another client behind the same proxy is not blocked.
      expect(
        (await visitor.request("POST", path, JSON.stringify(application("Q", {})), from("198.51.100.2")))
          .status,
      ).toBe(201);
    } finally {
      await proxied.close();
    }
  });
});
