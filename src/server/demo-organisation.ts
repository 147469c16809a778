import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { exampleVacancy } from "../core/screening/example-vacancy.ts";
import type { User } from "../store/store.ts";
import { logActivity } from "./activity.ts";
import type { AppDeps } from "./app-env.ts";
import { runAuditRequest } from "./audits/run-audit-request.ts";
import { hashPassword } from "./auth/password-hash.ts";
import { randomToken } from "./auth/tokens.ts";
import { importApplications } from "./screening/import-applications.ts";
import { receiveUpload } from "./uploads/receive-upload.ts";

const EXAMPLE = fileURLToPath(new URL("../../examples/hiring-decisions.csv", import.meta.url));
const CANDIDATES = fileURLToPath(new URL("../../examples/candidates-home-care.csv", import.meta.url));
/** Enough candidates for a review list with every kind of outcome, few enough to read. */
const DEMO_CANDIDATES = 60;

/**
 * A demo organisation to look around in within a minute: its admin (logged in by the caller, with a
 * random password nobody knows), the bundled synthetic example log, and one audit of it, and an open
 * vacancy (the home-care example) with 60 of the synthetic example candidates to review.
 */
export async function createDemoOrganisation(deps: AppDeps): Promise<User> {
  const now = deps.now();
  const organisation = await deps.store.createOrganisation({
    name: "Demo: Voorbeeld BV",
    isDemo: true,
    now: now.toISOString(),
  });
  const user = await deps.store.createUser({
    organisationId: organisation.id,
    email: `demo-${randomToken().slice(0, 12).toLowerCase()}@demo.aware.invalid`,
    name: "Demo",
    passwordHash: await hashPassword(randomToken()),
    role: "admin",
    now: now.toISOString(),
  });
  await logActivity(deps.store, user, "demo", organisation.name, now);
  const body = Readable.toWeb(createReadStream(EXAMPLE)) as ReadableStream<Uint8Array>;
  const upload = await receiveUpload(deps, user, "hiring-decisions.csv", body);
  const request = {
    uploadId: upload.id,
    title: "Voorbeeld: werving 2025",
    columns: {
      outcome: "selected",
      protected: ["gender", "ethnicity"],
      score: "assessment_score",
      stage: "stage",
      requisition: "vacancy",
      date: "decision_date",
    },
    intersections: "all" as const,
    excludeBelow: 0.02,
    stageOrder: ["application", "screening", "interview", "offer"],
  };
  const document = await runAuditRequest(upload, request, deps.version, now);
  await deps.store.createAudit({
    organisationId: organisation.id,
    createdBy: user.id,
    uploadId: upload.id,
    filename: upload.filename,
    title: request.title,
    request,
    document,
    rows: document.rows,
    findings: document.findings,
    createdAt: now.toISOString(),
  });
  const vacancy = await deps.store.createVacancy({
    organisationId: organisation.id,
    createdBy: user.id,
    publicToken: randomToken().slice(0, 22),
    status: "open",
    definition: exampleVacancy,
    preferentialPolicy: null,
    monitoring: { enabled: true, retentionDays: 365 },
    createdAt: now.toISOString(),
  });
  const lines = (await readFile(CANDIDATES, "utf8")).split("\n").slice(0, DEMO_CANDIDATES + 1);
  const { applications } = await importApplications({
    vacancy,
    body: new TextEncoder().encode(`${lines.join("\n")}\n`),
    contentType: "text/csv",
    filename: "candidates-home-care.csv",
    dataDir: deps.dataDir,
    userId: user.id,
    language: "en",
  });
  await deps.store.createApplications(organisation.id, vacancy.id, applications, now.toISOString());
  return user;
}
