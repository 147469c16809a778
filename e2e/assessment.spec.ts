import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { axeInBothLanguages, invitationLink, joinWith } from "./support.ts";

/**
 * The before-deployment assessment (issue 6) from end to end, in the demo organisation (it has a saved
 * audit to link as evidence): HR starts an assessment, answers so that the system is high-risk and a
 * prohibited practice raises the critical alert, gives an open duty an owner and a due date, links the
 * saved audit, and saves; a second tab saving from the old version is refused and keeps its answers
 * until the user reloads with them on top; an older version opens read-only; the PDF downloads; the
 * guard asks before unsaved answers are left behind; an auditor reads but cannot edit; a reviewer has
 * no access. Axe checks the list and the assessment in English and Dutch.
 */
test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

const part = (page: Page, name: RegExp) =>
  page.getByRole("navigation", { name: "Parts of the assessment" }).getByRole("button", { name });
const question = (page: Page, text: RegExp): Locator => page.getByRole("article", { name: text });
const answer = (page: Page, text: RegExp, choice: "Yes" | "No" | "Don't know" | "Not applicable") =>
  question(page, text).getByRole("group", { name: "Answer" }).getByLabel(choice, { exact: true });

const SCOPE = /use software that analyses, filters, ranks or scores applications/;
const PROFILING = /evaluate personal aspects of candidates/;
const EMOTION = /infer emotions or moods/;
const MONITORING = /Do you monitor how the system works/;
const LOGS = /keep the system.s automatically generated logs/;
const DPIA = /data protection impact assessment/;

test("HR assesses a hiring system before deployment; versions, a stale save, export and roles", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(240_000);
  await admin.goto("/");
  await admin.getByRole("button", { name: "Open the demo organisation" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Audits" })).toBeVisible();
  const hr = await joinWith(browser, await invitationLink(admin, "hr"), "Hanna");
  const auditor = await joinWith(browser, await invitationLink(admin, "auditor"), "Anouk");
  const reviewer = await joinWith(browser, await invitationLink(admin, "reviewer"), "Ruben");

  // HR starts an assessment from the list; an empty title is refused at the field.
  await hr.getByRole("link", { name: "Assessments" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "Assessments before deployment" })).toBeVisible();
  await hr.getByRole("button", { name: "Start the assessment" }).click();
  await expect(hr.getByText("Fill this in.")).toBeVisible();
  await hr.getByLabel("Title of the assessment").fill("CV screener Acme");
  await hr.getByRole("button", { name: "Start the assessment" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "CV screener Acme" })).toBeVisible();
  const assessmentUrl = hr.url();
  const assessmentId = new URL(assessmentUrl).pathname.split("/")[2]!;
  const standing = hr.getByRole("region", { name: "Where you stand" });
  await expect(standing.getByText("not yet determined", { exact: true })).toBeVisible();

  // The classification follows the answers before saving; the follow-up question appears when asked for.
  await expect(question(hr, PROFILING)).toHaveCount(0);
  await answer(hr, SCOPE, "Yes").check();
  await expect(question(hr, PROFILING)).toBeVisible();
  await answer(hr, PROFILING, "Yes").check();
  await expect(standing.getByText("high-risk", { exact: true })).toBeVisible();
  await expect(standing.getByText(/profiles candidates, so it is high-risk/)).toBeVisible();
  // Every question cites its source.
  await expect(question(hr, PROFILING).getByText("AI Act art. 6(3), last subparagraph")).toBeVisible();

  // A prohibited practice: the critical alert, and the critical action first in the list.
  await part(hr, /Prohibited practices/).click();
  await expect(hr.getByRole("heading", { level: 2, name: /Prohibited practices/ })).toBeFocused();
  await answer(hr, EMOTION, "Yes").check();
  await expect(
    hr.getByRole("alert").filter({ hasText: "A prohibited practice is, or may be, in use." }),
  ).toBeVisible();

  // An open duty gets an owner and a due date; the saved audit and a document are its evidence.
  await part(hr, /Your duties as a deployer/).click();
  const monitoring = question(hr, MONITORING);
  await expect(monitoring.getByLabel("Who takes the action")).toHaveCount(0);
  await answer(hr, MONITORING, "No").check();
  await monitoring.getByLabel("Who takes the action").fill("HR lead");
  await monitoring.getByLabel("Due date").fill("2027-01-31");
  await monitoring.getByLabel("A saved audit").selectOption({ label: "Voorbeeld: werving 2025" });
  await monitoring.getByRole("button", { name: "Link the audit" }).click();
  await expect(monitoring.getByRole("link", { name: "Voorbeeld: werving 2025" })).toBeVisible();
  await monitoring.getByRole("button", { name: "Add the document" }).click();
  await expect(monitoring.getByText("Enter the name or location of the document.")).toBeVisible();
  await monitoring.getByLabel("A document").fill("Monitoring plan 2026");
  await monitoring.getByRole("button", { name: "Add the document" }).click();
  await expect(monitoring.getByRole("button", { name: "Remove Monitoring plan 2026" })).toBeVisible();

  const actions = hr.getByRole("table", { name: "Open actions, most important first" });
  const firstAction = actions.getByRole("row").nth(1);
  await expect(firstAction.getByText("critical", { exact: true })).toBeVisible();
  await expect(firstAction).toContainText("Stop using emotion recognition");
  const monitoringAction = actions.getByRole("row").filter({ hasText: "Schedule periodic audits" });
  await expect(monitoringAction).toContainText("HR lead");
  await expect(monitoringAction).toContainText("2027-01-31");
  await expect(monitoringAction).toContainText("AI Act art. 26(5)");
  await axeInBothLanguages(hr, "assessment (unsaved)");

  // Save: version 1.
  await hr.getByRole("button", { name: "Save as version 1" }).click();
  await expect(hr.getByText("Saved as version 1.")).toBeVisible();
  await expect(hr.getByText(/^Version 1, saved on .* by Hanna\.$/)).toBeVisible();

  // A second tab opens version 1; the first saves version 2; the second's save is refused.
  const tab = await hr.context().newPage();
  await tab.goto(assessmentUrl);
  await expect(tab.getByRole("button", { name: "Save as version 2" })).toBeVisible();
  await part(hr, /Your duties as a deployer/).click();
  await answer(hr, LOGS, "No").check();
  await hr.getByRole("button", { name: "Save as version 2" }).click();
  await expect(hr.getByText("Saved as version 2.")).toBeVisible();

  await part(tab, /Your duties as a deployer/).click();
  await answer(tab, DPIA, "Yes").check();
  await tab.getByRole("button", { name: "Save as version 2" }).click();
  const refusal = tab
    .getByRole("alert")
    .filter({ hasText: "Someone saved this assessment after you opened it" });
  await expect(refusal).toContainText("version 2");
  await expect(refusal).toContainText("Your answers are still on screen and have not been saved.");
  await expect(answer(tab, DPIA, "Yes")).toBeChecked();
  await expect(answer(tab, LOGS, "No")).not.toBeChecked();
  await refusal.getByRole("button", { name: "Load the latest version and keep my changes on top" }).click();
  await expect(tab.getByText("Version 2 is loaded, with your changes on top.")).toBeVisible();
  await expect(answer(tab, DPIA, "Yes")).toBeChecked();
  await expect(answer(tab, LOGS, "No")).toBeChecked();
  await tab.getByRole("button", { name: "Save as version 3" }).click();
  await expect(tab.getByText("Saved as version 3.")).toBeVisible();
  await tab.close();

  // An older version opens read-only.
  await hr.reload();
  const versions = hr.getByRole("region", { name: "Versions" });
  await expect(versions.getByRole("listitem")).toHaveCount(3);
  await versions.getByRole("link", { name: "Version 1" }).click();
  await expect(hr).toHaveURL(/\?version=1$/);
  await expect(hr.getByText(/You are reading version 1, an older version/)).toBeVisible();
  await expect(hr.getByRole("button", { name: /^Save as version/ })).toHaveCount(0);
  await expect(hr.getByRole("radio")).toHaveCount(0);
  await part(hr, /Your duties as a deployer/).click();
  await expect(question(hr, LOGS)).toContainText("Not answered yet");
  await expect(question(hr, MONITORING)).toContainText("HR lead");

  // The PDF of the version shown.
  const exports = hr.getByRole("region", { name: "Export the report" });
  const pdfLink = exports.getByRole("link", { name: "PDF, English" });
  await expect(pdfLink).toHaveAttribute("href", /report\.pdf\?lang=en&version=1$/);
  const downloading = hr.waitForEvent("download");
  await pdfLink.click();
  const download = await downloading;
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
  const pdf = await hr.request.get(`/api/assessments/${assessmentId}/report.pdf?lang=nl&version=3`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // Back to the latest; leaving with unsaved answers asks first.
  await hr.getByRole("link", { name: /Open the latest version \(3\)/ }).click();
  await expect(hr.getByRole("button", { name: "Save as version 4" })).toBeVisible();
  await hr.getByLabel("Note").first().fill("Asked the vendor on 3 March.");
  await hr.getByRole("link", { name: "Audits", exact: true }).click();
  const leave = hr.getByRole("alertdialog", { name: "Leave without saving?" });
  await expect(leave).toBeVisible();
  await leave.getByRole("button", { name: "Cancel" }).click();
  await expect(hr.getByLabel("Note").first()).toHaveValue("Asked the vendor on 3 March.");
  await hr.getByRole("link", { name: "Audits", exact: true }).click();
  await hr.getByRole("alertdialog").getByRole("button", { name: "Leave without saving" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "Audits" })).toBeVisible();

  // The list: classification, progress, open actions, version, saved by.
  await hr.getByRole("link", { name: "Assessments" }).click();
  const row = hr.getByRole("row").filter({ has: hr.getByRole("link", { name: "CV screener Acme" }) });
  await expect(row).toContainText("high-risk");
  await expect(row).toContainText("Hanna");
  await expect(row.getByRole("cell").nth(3)).toHaveText("3");
  await axeInBothLanguages(hr, "assessment list");

  // An auditor reads everything but changes nothing.
  await auditor.getByRole("link", { name: "Assessments" }).click();
  await expect(auditor.getByRole("button", { name: "Start the assessment" })).toHaveCount(0);
  await auditor.getByRole("link", { name: "CV screener Acme" }).click();
  await expect(
    auditor.getByText("You can read this assessment. Only HR and administrators can change it."),
  ).toBeVisible();
  await expect(auditor.getByRole("radio")).toHaveCount(0);
  await expect(auditor.getByRole("button", { name: /^Save as version/ })).toHaveCount(0);
  await expect(auditor.getByRole("region", { name: "Where you stand" })).toContainText("high-risk");
  await axeInBothLanguages(auditor, "assessment (read-only)");
  const put = await auditor.request.put(`/api/assessments/${assessmentId}/answers`, {
    data: { baseVersion: 3, answers: {} },
  });
  expect(put.status()).toBe(403);

  // A reviewer has no access: no link, a refusal at the address, 403 from the API.
  await expect(reviewer.getByRole("link", { name: "Assessments" })).toHaveCount(0);
  await reviewer.goto(assessmentUrl);
  await expect(
    reviewer.getByRole("heading", { level: 1, name: "Not available for your role" }),
  ).toBeVisible();
  expect((await reviewer.request.get("/api/assessments")).status()).toBe(403);
});
