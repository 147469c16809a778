import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { PLANTINGS, syntheticHiringLog } from "../src/core/discovery/synthetic-log.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { axeInBothLanguages, createOrganisation, invitationLink, joinWith, uniqueEmail } from "./support.ts";

/**
 * Discovery (issue 5) from end to end: HR uploads a generated log with a planted disadvantaged group
 * (a long career gap with part-time hours), runs the discovery from the upload, finds the planted rule
 * as group 0, significant, and downloads the HTML report; then runs it on a vacancy's decision log from
 * the vacancy page. Axe checks the form and the results in English and Dutch.
 */
test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const PLANTED_RULE = "gap_months ≥ 12 and hours_per_week ≤ 24";

/** 10,000 synthetic applicants as CSV in a temporary file, with the planted group (seed 4). */
function syntheticLogFile(): string {
  const { rows } = syntheticHiringLog({
    n: 10_000,
    seed: 4,
    planted: PLANTINGS.careerGapPartTime,
    withProtected: true,
  });
  const columns = Object.keys(rows[0]!);
  const lines = rows.map((r) => columns.map((c) => (r[c] === null ? "" : String(r[c]))).join(","));
  const path = join(tmpdir(), `aware-e2e-synthetic-${Date.now()}.csv`);
  writeFileSync(path, `${columns.join(",")}\n${lines.join("\n")}\n`);
  return path;
}

/** A state-changing API call from the page's session, with the CSRF header as the UI sends it. */
async function call(page: Page, method: string, path: string, data: unknown, contentType?: string) {
  const csrf = (await page.context().cookies()).find((c) => c.name === "aware_csrf")?.value ?? "";
  const response = await page.request.fetch(path, {
    method,
    data: data as string,
    headers: { "x-csrf-token": csrf, ...(contentType ? { "content-type": contentType } : {}) },
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

test("HR finds a planted disadvantaged group in an upload and in a vacancy's decision log", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(300_000);
  await createOrganisation(admin, "Uitzendbureau Gelijk", uniqueEmail("admin"));
  const hr = await joinWith(browser, await invitationLink(admin, "hr"), "Hanna");

  // The upload, from the discovery page itself.
  await hr.getByRole("link", { name: "Discover groups" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "Discover disadvantaged groups" })).toBeVisible();
  await hr.locator("#discovery-upload-file").setInputFiles(syntheticLogFile());
  await expect(hr.getByLabel("Decision log", { exact: true })).toHaveValue(/.+/, { timeout: 60_000 });
  // The outcome is guessed; the id and the protected attributes are kept out of the search.
  await expect(hr.getByLabel("Column with the decision")).toHaveValue("selected");
  await expect(hr.getByRole("group", { name: /Protected attributes/ }).getByLabel("gender")).toBeChecked();
  await expect(hr.getByRole("group", { name: /Protected attributes/ }).getByLabel("origin")).toBeChecked();
  await expect(hr.getByRole("group", { name: "Features to search" }).getByLabel("gender")).toHaveCount(0);
  await expect(hr.getByRole("group", { name: "Features to search" }).getByLabel("gap_months")).toBeChecked();
  await expectNoAxeViolations(hr, "discovery form");
  // The seed in the advanced settings, folded away at first.
  await hr.getByText("Advanced settings").click();
  await expect(hr.getByLabel("Id column")).toHaveValue("applicant_id");
  await hr.getByLabel("Seed").fill("4");
  await hr.getByRole("button", { name: "Search for groups" }).click();

  await expect(hr.getByRole("heading", { level: 2, name: "Result" })).toBeVisible({ timeout: 120_000 });
  await expect(hr.getByText(/significantly worse off in the held-out half/)).toBeVisible();
  const group0 = hr.getByRole("region", { name: `Group 0: ${PLANTED_RULE}` });
  await expect(group0).toBeVisible();
  await expect(group0.getByText(/^Significantly worse off \(Holm p [=<] /)).toBeVisible();
  await expect(group0.getByRole("table", { name: "Group 0 by gender (held-out half)" })).toBeVisible();
  await expect(hr.getByRole("img", { name: /Outcome of each group against the rest/ })).toBeVisible();
  await expect(hr.getByRole("region", { name: "Proxies", exact: true })).toBeVisible();

  const downloading = hr.waitForEvent("download");
  await hr.getByRole("button", { name: "Web page (HTML)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^discovery-aware-e2e-synthetic-\d+\.html$/);
  const html = readFileSync(await download.path(), "utf8");
  expect(html).toContain(PLANTED_RULE);
  expect(html).toContain("<html");
  await axeInBothLanguages(hr, "discovery results");

  // HBAC on the same file, for comparison with Algorithm Audit's tool: clusters instead of rules.
  await hr.getByLabel("Bias-aware clustering (HBAC)").check();
  await hr.getByRole("button", { name: "Search for groups" }).click();
  await expect(hr.getByRole("heading", { level: 2, name: "Result" })).toBeVisible({ timeout: 120_000 });
  await expect(hr.getByText("Method: bias-aware clustering (HBAC)")).toBeVisible();
  await expect(hr.getByRole("heading", { level: 3, name: "Cluster 0" })).toBeVisible();

  // A vacancy with 60 candidates, decided as the system recommends (set up through the API).
  const definition = JSON.parse(readFileSync(join(examples, "vacancy-home-care.json"), "utf8"));
  const vacancy = (await call(hr, "POST", "/api/vacancies", {
    definition,
    status: "open",
    preferentialPolicy: null,
    monitoring: { enabled: true, retentionDays: 365 },
  })) as { id: string };
  const candidates = readFileSync(join(examples, "candidates-home-care.csv"), "utf8")
    .split("\n")
    .slice(0, 61);
  await call(
    hr,
    "POST",
    `/api/vacancies/${vacancy.id}/applications/import?filename=candidates.csv`,
    `${candidates.join("\n")}\n`,
    "text/csv",
  );
  const list = (await (await hr.request.get(`/api/vacancies/${vacancy.id}/applications`)).json()) as {
    items: { id: string; result: { recommendation: string } }[];
  };
  for (const [k, item] of list.items.entries()) {
    const advance =
      item.result.recommendation === "advance" || (item.result.recommendation === "review" && k % 2 === 0);
    await call(hr, "POST", `/api/vacancies/${vacancy.id}/decisions`, {
      applicationId: item.id,
      decision: advance ? "advance" : "reject",
    });
  }

  // From the vacancy's audit section to the discovery on its decision log.
  await hr.goto(`/vacancies/${vacancy.id}/audit`);
  await hr
    .getByRole("region", { name: "Audit of this vacancy" })
    .getByRole("link", { name: "Discover groups" })
    .click();
  await expect(hr).toHaveURL(new RegExp(`/discover\\?vacancy=${vacancy.id}$`));
  await expect(hr.getByLabel("The screening decision log of a vacancy")).toBeChecked();
  await expect(hr.getByText(/The outcome is each application's latest decision/)).toBeVisible();
  // HR may not see monitoring answers, so none are offered.
  await expect(hr.getByText(/Your role does not give access to monitoring answers/)).toBeVisible();
  await hr.getByRole("button", { name: "Search for groups" }).click();
  await expect(hr.getByRole("heading", { level: 2, name: "Result" })).toBeVisible({ timeout: 60_000 });
  await expect(
    hr
      .getByRole("region", { name: "Where these figures come from" })
      .getByText("decision log: Home-care worker, level 3 (24–32 hours)"),
  ).toBeVisible();
  await expect(hr.getByText("60 of 60 rows used", { exact: false })).toBeVisible();
  await axeInBothLanguages(hr, "discovery on a decision log");
});
