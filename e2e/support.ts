import { expect, type Page } from "@playwright/test";

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
