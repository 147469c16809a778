import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { createOrganisation, uniqueEmail } from "./support.ts";

const example = fileURLToPath(new URL("../examples/hiring-decisions.csv", import.meta.url));

test("upload the example log, confirm the mapping, read the report, download the PDF, switch to Dutch", async ({
  page,
}) => {
  await createOrganisation(page, "Bouwbedrijf Van Dijk", uniqueEmail("admin"));
  await page.getByRole("link", { name: "New audit", exact: true }).click();
  await page.locator("#upload-file").setInputFiles(example);
  // The mapping is guessed from the column names and values; the user confirms it.
  await expect(page.getByRole("heading", { name: "Say which column is what" }).first()).toBeVisible();
  await expect(page.getByLabel("Outcome (selected or not)")).toHaveValue("selected");
  await page.getByRole("button", { name: "Run the audit" }).click();

  await expect(page).toHaveURL(/\/audits\/[\w-]+$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Summary" }).first()).toBeVisible();
  await expect(page.getByText(/times the rate of/).first()).toBeVisible();
  await expect(page.locator("figure svg").first()).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /PDF/ }).first().click();
  const download = await downloading;
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByRole("banner").getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Samenvatting" }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByText(/keer zo vaak geselecteerd als/).first()).toBeVisible();
  // Dutch number format: a decimal comma.
  await expect(page.getByText(/\b0,\d{2,3}\b/).first()).toBeVisible();
});

test("a bad decision log gets a message that names the line", async ({ page }) => {
  await createOrganisation(page, "Kapsalon Knip", uniqueEmail("admin"));
  await page.getByRole("link", { name: "New audit", exact: true }).click();
  await page.locator("#upload-file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("candidate,gender,selected\nA,F,yes\nB,M,no\nC,F,maybe\nD,M,yes\nE,F,no\nF,M,yes\n"),
  });
  // "maybe" makes the column look like something other than yes/no, so the user picks it.
  await page.getByLabel("Outcome (selected or not)").selectOption("selected");
  await page.getByRole("button", { name: "Run the audit" }).click();
  await expect(page.getByText(/line 4/).first()).toBeVisible();
  await expect(page.getByText(/maybe/).first()).toBeVisible();
});
