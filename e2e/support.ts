import { type Browser, expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.ts";

export const PASSWORD = "correct horse battery staple";

/** A fresh e-mail address per test: the server keeps its data for the whole run. */
export const uniqueEmail = (who: string) =>
  `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.example`;

/** Creates an organisation through the welcome page and waits for the audits list. */
export async function createOrganisation(page: Page, organisation: string, email: string): Promise<void> {
  await page.goto("/");
  const setup = page
    .getByRole("region", { name: "Create your organisation" })
    .or(page.locator("section", { hasText: "Create your organisation" }))
    .first();
  await setup.getByLabel("Name of the organisation").fill(organisation);
  await setup.getByLabel("Your name").fill("Admin");
  await setup.getByLabel("E-mail address").fill(email);
  await setup.getByLabel("Choose a password").fill(PASSWORD);
  await setup.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audits" })).toBeVisible();
}

/** An invitation link for a role, created by the admin on the Users page. */
export async function invitationLink(admin: Page, role: string): Promise<string> {
  await admin.getByRole("link", { name: "Users" }).click();
  await admin.getByLabel("Role of the new user").selectOption(role);
  await admin.getByRole("button", { name: "Create an invitation link" }).click();
  const field = admin.getByLabel(new RegExp(`Invitation link \\(${role === "hr" ? "HR" : role}\\)`));
  await expect(field).toHaveValue(/\/invite\//);
  return field.inputValue();
}

/** A colleague who accepts an invitation in a browser of their own (CSP bypassed only for axe). */
export async function joinWith(browser: Browser, link: string, name: string): Promise<Page> {
  const page = await (
    await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
  ).newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail address").fill(uniqueEmail(name.toLowerCase()));
  await page.getByLabel(/password/i).fill(PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audits" })).toBeVisible();
  return page;
}

/** Switches the interface language with the header's buttons. */
export async function toLanguage(page: Page, name: "Nederlands" | "English"): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", name === "Nederlands" ? "nl" : "en");
}

/** Axe in English, then in Dutch, then back to English. */
export async function axeInBothLanguages(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, `${label} (English)`);
  await toLanguage(page, "Nederlands");
  await expectNoAxeViolations(page, `${label} (Dutch)`);
  await toLanguage(page, "English");
}
