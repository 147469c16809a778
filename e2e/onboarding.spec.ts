import { expect, test } from "@playwright/test";
import { createOrganisation, PASSWORD, uniqueEmail } from "./support.ts";

test("an admin creates the organisation and invites a colleague, who joins with the link", async ({
  page,
  browser,
}) => {
  await createOrganisation(page, "Thuiszorg De Linde", uniqueEmail("admin"));
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel("Role of the new user").selectOption("hr");
  await page.getByRole("button", { name: "Create an invitation link" }).click();
  const link = await page.getByLabel(/Invitation link/).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(link);
  await expect(colleague.getByText(/Thuiszorg De Linde/).first()).toBeVisible();
  await colleague.getByLabel("Your name").fill("Hanna");
  await colleague.getByLabel("E-mail address").fill(uniqueEmail("hr"));
  await colleague.getByLabel(/password/i).fill(PASSWORD);
  await colleague.getByRole("button", { name: "Create my account" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Audits" })).toBeVisible();
  // HR runs audits but does not manage users.
  await expect(colleague.getByRole("link", { name: "New audit", exact: true })).toBeVisible();
  await expect(colleague.getByRole("link", { name: "Users" })).toHaveCount(0);

  // The link works once.
  const late = await (await browser.newContext()).newPage();
  await late.goto(link);
  await expect(late.getByText(/no longer valid/)).toBeVisible();
});
