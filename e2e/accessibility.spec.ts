import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.ts";

/** The app's CSP forbids injected scripts; only these tests bypass it, to inject axe-core. */
test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

/** Screenshots go to reports/; `AWARE_SCREENSHOTS=docs/screenshots npm run test:e2e` refreshes the README's. */
const screenshots = `${new URL("../", import.meta.url).pathname}${process.env.AWARE_SCREENSHOTS ?? "reports/screenshots"}/`;
mkdirSync(screenshots, { recursive: true });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png` });
}

test("axe finds no violations on the main pages, in English and Dutch; screenshots for the README", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "welcome");
  await shoot(page, "welcome");

  await page.getByRole("button", { name: "Open the demo organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audits" })).toBeVisible();
  await expectNoAxeViolations(page, "audits list");
  await shoot(page, "audits");

  await page
    .getByRole("link", { name: /Voorbeeld/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Summary" }).first()).toBeVisible();
  await expect(page.locator("figure svg").first()).toBeVisible();
  await expectNoAxeViolations(page, "report");
  await shoot(page, "report");

  await page.getByRole("link", { name: "New audit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "new audit");

  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "users");

  await page.getByRole("link", { name: "Activity log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "activity log");

  await page.getByRole("banner").getByRole("button", { name: "Nederlands" }).click();
  await page.getByRole("link", { name: "Audits" }).first().click();
  await page
    .getByRole("link", { name: /Voorbeeld/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Samenvatting" }).first()).toBeVisible();
  await expectNoAxeViolations(page, "report (Dutch)");
  await shoot(page, "report-nl");
});

test("keyboard only: open the demo, reach a report, open and close a definition", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The app moves focus to the page's heading after it loads; start from the top of the document, as a
  // keyboard user arriving on the page does: the first Tab reaches the skip link.
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Tab");
    await expect(skip).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  const demo = page.getByRole("button", { name: "Open the demo organisation" });
  for (let i = 0; i < 40 && !(await demo.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(demo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Audits" })).toBeVisible();
  const report = page.getByRole("link", { name: /Voorbeeld/ }).first();
  for (let i = 0; i < 60 && !(await report.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(report).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Summary" }).first()).toBeVisible();
  const help = page.getByRole("button", { name: /^IR/ }).first();
  for (let i = 0; i < 200 && !(await help.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(help).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(help).toBeFocused();
});
