import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.ts";
import { axeInBothLanguages, createOrganisation, invitationLink, joinWith, uniqueEmail } from "./support.ts";

/**
 * Screening (issue 4) from end to end: HR defines a vacancy (a rule on age is refused, then fixed) and
 * opens it; a candidate applies with the keyboard and answers the monitoring questionnaire; HR adds and
 * imports more candidates; an invited reviewer decides, with an override that needs a reason; HR sends
 * the explanation letter, which the candidate reads on the status page; the audit runs on the log; a
 * reviewer is refused the monitoring figures by the UI and by the API. Axe checks the editor, the review
 * list and the public form in English and Dutch.
 */
test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const vacancyFile = join(examples, "vacancy-home-care.json");

/** The first lines of the example candidates file (header and 29 candidates). */
function candidatesFile(): string {
  const lines = readFileSync(join(examples, "candidates-home-care.csv"), "utf8").split("\n").slice(0, 30);
  const path = join(tmpdir(), `aware-e2e-candidates-${Date.now()}.csv`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** The review list's row of a candidate, by reference. */
const row = (page: Page, reference: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${reference}`) }) });

test("a vacancy from definition to audit, with a candidate, a reviewer and the monitoring kept apart", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(300_000);
  await createOrganisation(admin, "Thuiszorg Het Anker", uniqueEmail("admin"));
  const hr = await joinWith(browser, await invitationLink(admin, "hr"), "Hanna");

  // HR defines the vacancy from the example file; a criterion on age is refused beside it, then fixed.
  await hr.getByRole("link", { name: "Screening" }).click();
  await hr.getByRole("link", { name: "New vacancy" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "New vacancy" })).toBeVisible();
  await hr.locator("#vacancy-import").setInputFiles(vacancyFile);
  await expect(hr.getByText("“vacancy-home-care.json” is in the editor")).toBeVisible();
  const downloading = hr.waitForEvent("download");
  await hr.getByRole("button", { name: "Download JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("thuiszorg-verzorgende-ig-2026.json");
  expect(JSON.parse(readFileSync(await download.path(), "utf8"))).toEqual(
    JSON.parse(readFileSync(vacancyFile, "utf8")),
  );
  const criterion = hr.getByRole("group", { name: "Criterion 1", exact: true });
  const field = criterion.getByLabel("Candidate field", { exact: true });
  await expect(field).toHaveValue("ervaring_jaren");
  await field.fill("age");
  await expect(criterion.getByText(/Refused:.*direct discrimination/)).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await hr.getByRole("button", { name: "Save the vacancy" }).click();
  await expect(hr.getByRole("alert").filter({ hasText: "cannot be saved yet" })).toBeVisible();
  await axeInBothLanguages(hr, "vacancy editor");
  await field.fill("ervaring_jaren");
  await expect(criterion.getByText("Refused:")).toHaveCount(0);
  await hr.getByLabel("Status", { exact: true }).selectOption("open");
  await hr.getByRole("button", { name: "Save the vacancy" }).click();
  await expect(hr).toHaveURL(/\/vacancies\/[^/]+$/);
  await expect(hr.getByRole("heading", { level: 1, name: /Home-care worker/ })).toBeVisible();
  const vacancyUrl = hr.url();
  const vacancyId = new URL(vacancyUrl).pathname.split("/")[2]!;
  const formLink = await hr.getByLabel("Link to the public application form").inputValue();
  expect(formLink).toMatch(/\/apply\/[\w-]+$/);

  // An anonymous candidate reads how applications are assessed and applies with the keyboard.
  const candidate = await (await browser.newContext({ bypassCSP: true })).newPage();
  await candidate.goto(formLink);
  await expect(candidate.getByRole("heading", { level: 1, name: /Home-care worker/ })).toBeVisible();
  await expect(candidate.getByText("Driving licence B", { exact: true })).toBeVisible();
  await expect(candidate.getByText(/You drive on your own/)).toBeVisible();
  await axeInBothLanguages(candidate, "application form");
  await candidate.getByRole("button", { name: "Send my application" }).click();
  await expect(candidate.getByRole("alert").getByText("Please answer 'Driving licence B'.")).toBeVisible();
  await candidate.getByLabel(/^Your name/).focus();
  const keys = async (...sequence: string[]) => {
    for (const key of sequence) await candidate.keyboard.press(key);
  };
  await candidate.keyboard.type("Fatima Yilmaz");
  await keys("Tab");
  await candidate.keyboard.type("fatima@example.org");
  await keys("Tab", "Space"); // driving licence: yes
  await keys("Tab", "ArrowDown"); // diploma: VIG
  await keys("Tab");
  await candidate.keyboard.type("4"); // years of experience
  await keys("Tab", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown"); // Dutch: B2
  await keys("Tab", "Space"); // skills: wound care
  await keys("Tab");
  await candidate.keyboard.type("planning");
  await keys("Tab", "ArrowDown"); // certificate: BHV
  await keys("Tab", "Space"); // dementia care: yes
  await keys("Tab");
  await candidate.keyboard.type("0");
  await keys("Tab");
  await candidate.keyboard.type("NL");
  await keys("Tab", "Space"); // privacy
  await expect(candidate.getByLabel(/I agree that Thuiszorg Het Anker processes/)).toBeChecked();
  await expect(candidate.getByLabel(/Dutch at level B1/)).toHaveValue("B2");
  await keys("Tab");
  await expect(candidate.getByRole("button", { name: "Send my application" })).toBeFocused();
  await keys("Enter");
  await expect(candidate.getByRole("heading", { name: "Your application has been received" })).toBeVisible();
  const reference = /Your reference: (\S+)\./.exec(
    (await candidate.getByText(/Your reference:/).textContent()) ?? "",
  )?.[1];
  expect(reference).toMatch(/\w/);
  const statusLink = await candidate.getByLabel("Your status page").inputValue();
  expect(statusLink).toMatch(/\/application\/[\w-]+$/);

  // The voluntary questionnaire: a separate, optional step.
  await expect(candidate.getByText(/never seen by the people who assess you/)).toBeVisible();
  await candidate.getByRole("group", { name: "Gender" }).getByLabel("Woman").check();
  await candidate.getByRole("group", { name: "Age" }).getByLabel("35 to 44").check();
  await candidate.getByRole("button", { name: "Send my answers" }).click();
  await expect(candidate.getByText("Tick the box to agree, or skip the questionnaire.")).toBeVisible();
  await candidate.getByLabel("I agree to give these answers for this purpose").check();
  await candidate.getByRole("button", { name: "Send my answers" }).click();
  await expect(candidate.getByText(/Thank you. Your answers are stored apart/)).toBeVisible();

  // HR adds one candidate by hand and imports a file of 29 more.
  await hr.getByRole("link", { name: "Candidates" }).click();
  await hr.getByLabel(/^Name/).fill("Sam de Vries");
  const add = hr.getByRole("region", { name: "One candidate by hand" });
  await add
    .getByRole("group", { name: /Driving licence B/ })
    .getByLabel("Yes")
    .check();
  await add.getByLabel(/Certified care worker diploma/).selectOption("HBO-V");
  await add.getByLabel(/Work experience in care/).fill("1");
  await hr.getByRole("button", { name: "Add the candidate" }).click();
  await expect(hr.getByText(/^Sam de Vries has been added as A-\d{4}\.$/)).toBeVisible();
  await expectNoAxeViolations(hr, "candidates section");
  // All or nothing: a bad line refuses the whole file, and the message names it.
  await hr.locator("#import-file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("name,email,rijbewijs_b\nAnn,ann@example.org,ja\nBob,not-an-address,nee\n"),
  });
  await expect(hr.getByRole("alert").filter({ hasText: /bad\.csv, row 2/ })).toBeVisible();
  await hr.locator("#import-file").setInputFiles(candidatesFile());
  await expect(hr.getByText("Candidates imported: 29.")).toBeVisible();
  await expect(hr.getByText(/Left out because they hold protected characteristics: .*gender/)).toBeVisible();
  await hr.getByRole("link", { name: "Review" }).click();
  await hr.getByRole("button", { name: "Record automatic knock-out rejections" }).click();
  await expect(hr.getByText(/Automatic rejections recorded: [1-9]/)).toBeVisible();

  // A reviewer, invited like any colleague, judges by reference (no names) and overrides with a reason.
  const reviewer = await joinWith(browser, await invitationLink(admin, "reviewer"), "Ruben");
  await reviewer.goto(vacancyUrl);
  await expect(reviewer.getByRole("table", { name: /Applications \(31\)/ })).toBeVisible();
  await expect(reviewer.getByText("Sam de Vries")).toHaveCount(0);
  await expect(reviewer.getByText("Fatima Yilmaz")).toHaveCount(0);
  const applicant = row(reviewer, reference!);
  await expect(applicant.getByText("advance", { exact: true })).toBeVisible();
  await applicant.getByRole("button", { name: `Details ${reference}` }).click();
  await expect(applicant.getByRole("button", { name: `Hide details ${reference}` })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  const decision = reviewer.getByRole("group", { name: `Decision on ${reference}` });
  await expect(reviewer.getByRole("table", { name: "Points per criterion" })).toBeVisible();
  await axeInBothLanguages(reviewer, "review list");
  // Rejecting against "advance" needs a reason, and the form says why.
  await decision.getByLabel("Reject").check();
  await expect(
    decision.getByText("The system recommends advancing: rejecting departs from it."),
  ).toBeVisible();
  await decision.getByLabel(/^Reason \(required/).fill("too short");
  await decision.getByRole("button", { name: "Record the decision" }).click();
  await expect(decision.getByText("Write a reason of at least 10 characters.")).toBeVisible();
  await decision.getByLabel("Advance").check();
  await decision.getByLabel("Reason (optional)").fill("");
  await decision.getByRole("button", { name: "Record the decision" }).click();
  await expect(decision.getByText(`${reference}: advanced.`)).toBeVisible();

  // An override: advancing someone the knock-out rules rejected, with a reason.
  const knockedOut = reviewer.getByRole("row").filter({ hasText: "rejected automatically" }).first();
  const knockedOutRef = ((await knockedOut.getByRole("rowheader").textContent()) ?? "").trim();
  await knockedOut.getByRole("button", { name: /^Details/ }).click();
  const override = reviewer.getByRole("group", { name: `Decision on ${knockedOutRef}` });
  await override.getByLabel("Advance").check();
  await expect(override.getByText(/does not meet a published knock-out rule/)).toBeVisible();
  await override.getByLabel(/^Reason \(required/).fill("Licence exam passed last week; certificate follows.");
  await override.getByRole("button", { name: "Record the decision" }).click();
  await expect(override.getByText(`${knockedOutRef}: advanced.`)).toBeVisible();

  // The reviewer never sees monitoring data: no link, a refusal at the address, and a 403 from the API.
  await expect(reviewer.getByRole("navigation", { name: "Sections of this vacancy" })).toBeVisible();
  await expect(reviewer.getByRole("link", { name: "Monitoring" })).toHaveCount(0);
  await reviewer.goto(`${vacancyUrl}/monitoring`);
  await expect(
    reviewer.getByRole("heading", { level: 1, name: "Not available for your role" }),
  ).toBeVisible();
  expect((await reviewer.request.get(`/api/vacancies/${vacancyId}/monitoring`)).status()).toBe(403);

  // HR sends the explanation letter; the candidate reads it on the status page.
  await hr.reload();
  const hrRow = row(hr, reference!);
  await expect(hrRow.getByText("Fatima Yilmaz")).toBeVisible();
  await hrRow.getByRole("button", { name: `Details ${reference}` }).click();
  await hr.getByRole("button", { name: `Send explanation letter to ${reference}` }).click();
  await expect(hr.getByText(/^Sent on /)).toBeVisible();
  await candidate.goto(statusLink);
  await expect(candidate.getByRole("heading", { level: 1, name: "Your application" })).toBeVisible();
  await expect(candidate.getByText("Decided: a decision has been made on your application.")).toBeVisible();
  const letter = candidate.frameLocator('iframe[title="Explanation letter"]');
  await expect(letter.locator("body")).toContainText("Thuiszorg Het Anker");
  await expect(candidate.getByText(/Your monitoring answers are stored until/)).toBeVisible();
  await expectNoAxeViolations(candidate, "status page");

  await hr.getByRole("link", { name: "Decision log" }).click();
  await expect(hr.getByRole("table", { name: /Decision log \(\d+ entries\)/ })).toBeVisible();
  await expect(
    hr.getByRole("cell", { name: "Licence exam passed last week; certificate follows." }),
  ).toBeVisible();
  await expectNoAxeViolations(hr, "decision log");

  // HR cannot run the audit on the log (it joins monitoring data); the admin can: open a report, and
  // compare the algorithm with the people.
  await hr.getByRole("link", { name: "Audit", exact: true }).click();
  await expect(hr.getByRole("button", { name: "Run the audit on the decision log" })).toHaveCount(0);
  await admin.goto(`${vacancyUrl}/audit`);
  await admin.getByRole("button", { name: "Run the audit on the decision log" }).click();
  await expect(admin.getByText(/Audits saved: [1-9]/)).toBeVisible({ timeout: 60_000 });
  await expect(
    admin.getByRole("link", { name: "Compare the system's recommendations with the final decisions" }),
  ).toBeVisible();
  await admin.getByRole("list", { name: "The reports" }).getByRole("link").first().click();
  await expect(admin).toHaveURL(/\/audits\/[\w-]+$/);
  await expect(admin.getByRole("heading", { name: "Summary" }).first()).toBeVisible();

  // The admin sees the monitoring figures in aggregate only: one answer is below the minimum group size.
  await admin.goto(`${vacancyUrl}/monitoring`);
  await expect(admin.getByRole("heading", { name: "Monitoring", level: 2 })).toBeVisible();
  const answered = admin.getByRole("definition").filter({ hasText: /^hidden: fewer than \d+$/ });
  await expect(answered).toBeVisible();
  await expect(admin.getByRole("table", { name: "Gender" })).toBeVisible();
  await expectNoAxeViolations(admin, "monitoring section");
  await admin.getByRole("link", { name: "All vacancies" }).click();
  await expect(admin.getByRole("table", { name: "Vacancies" })).toBeVisible();
  await expectNoAxeViolations(admin, "vacancy list");

  // The candidate withdraws the monitoring answers.
  await candidate.getByRole("button", { name: "Withdraw my monitoring answers" }).click();
  await expect(candidate.getByText("Your monitoring answers have been deleted.")).toBeVisible();
  await expect(candidate.getByText("You have given no monitoring answers.")).toBeVisible();
});

/** The public form of a vacancy, filled in with the same answers except the name and the opt-in. */
async function applyAs(browser: Browser, link: string, name: string, experience: string, claim: boolean) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel(/^Your name/).fill(name);
  await page
    .getByRole("group", { name: /Driving licence B/ })
    .getByLabel("Yes")
    .check();
  await page.getByLabel(/Certified care worker diploma/).selectOption("VIG");
  await page.getByLabel(/Work experience in care/).fill(experience);
  if (claim) await page.getByLabel(/I ask to be considered under the preferential policy for women/).check();
  await page.getByLabel(/I agree that/).check();
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("heading", { name: "Your application has been received" })).toBeVisible();
  const reference = /Your reference: (\S+)\./.exec(
    (await page.getByText(/Your reference:/).textContent()) ?? "",
  );
  await page.context().close();
  return reference?.[1] ?? "";
}

test("a preferential policy only breaks a tie between equally suitable candidates", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await createOrganisation(page, "Zorggroep De Brug", uniqueEmail("admin"));
  await page.getByRole("link", { name: "Screening" }).click();
  await page.getByRole("link", { name: "New vacancy" }).click();
  await page.getByLabel("Apply a preferential policy to this vacancy").check();
  await page.getByLabel("Documented justification").fill("Too short");
  await page.getByLabel("Status", { exact: true }).selectOption("open");
  await page.getByRole("button", { name: "Save the vacancy" }).click();
  await expect(page.getByRole("alert").getByText(/Describe the documented disadvantage/)).toBeVisible();
  await page
    .getByLabel("Documented justification")
    .fill("Women hold 8% of these jobs in the region against 45% of the qualified workforce (2025).");
  await page
    .getByLabel("Published statement (Dutch)")
    .fill("Bij gelijke geschiktheid gaat de voorkeur uit naar vrouwen.");
  await page.getByLabel("Published statement (English)").fill("With equal suitability, we prefer women.");
  await page.getByRole("button", { name: "Save the vacancy" }).click();
  await expect(page).toHaveURL(/\/vacancies\/[^/]+$/);
  const link = await page.getByLabel("Link to the public application form").inputValue();

  const first = await applyAs(browser, link, "Eva", "5", true);
  const second = await applyAs(browser, link, "Paul", "5", false);
  const third = await applyAs(browser, link, "Noor", "2", true);
  await page.reload();
  await expect(page.getByRole("table", { name: /Applications \(3\)/ })).toBeVisible();

  const choose = (reference: string) =>
    page.getByRole("checkbox", { name: `Choose ${reference} for a tie-break` });
  const breakTie = page.getByRole("button", { name: "Break tie with preferential policy" });
  await choose(first).check();
  await choose(third).check();
  await breakTie.click();
  await expect(page.getByRole("alert").filter({ hasText: /not equally suitable/ })).toBeVisible();
  await choose(third).uncheck();
  await choose(second).check();
  await breakTie.click();
  await expect(page.getByText(`Preferred under the policy: ${first}.`)).toBeVisible();
  await page.getByRole("link", { name: "Decision log" }).click();
  await expect(
    page.getByRole("cell", { name: new RegExp(`^Tie: .*${second}.*Preferred: ${first}\\.$`) }),
  ).toBeVisible();

  // Closing the vacancy is a new version; the public form then says it is not open.
  await page.getByRole("link", { name: "Edit the vacancy" }).click();
  await expect(page.getByLabel("Apply a preferential policy to this vacancy")).toBeChecked();
  await page.getByLabel("Status", { exact: true }).selectOption("closed");
  await page.getByRole("button", { name: "Save the vacancy" }).click();
  await expect(page.getByText(/Version 2 · 3 applications/)).toBeVisible();
  await expect(page.getByLabel("Link to the public application form")).toHaveCount(0);
  const late = await (await browser.newContext()).newPage();
  await late.goto(link);
  await expect(late.getByText(/This vacancy is not open for applications/)).toBeVisible();
});
