import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.ts";

/**
 * The vacancy text check (issue 6) at /check-text, as an anonymous visitor: paste a Dutch text, see the
 * findings marked with their reasons, accept rewrites with the keyboard, apply them, and see the text
 * re-checked. Axe in English and Dutch.
 */
test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

const TEXT = `Verpleegster (m/v)

Wij zoeken een jonge en dynamische collega voor ons team. Je bent native speaker Nederlands.

Wat wij bieden: een marktconform salaris.`;

test("a visitor checks a vacancy text, accepts rewrites and copies the improved text", async ({ page }) => {
  await page.goto("/check-text");
  await expect(page.getByRole("heading", { level: 1, name: "Vacancy text check" })).toBeVisible();
  await page.getByLabel("Vacancy text").fill(TEXT);
  await expect(page.getByText("Language: Dutch.")).toBeVisible();
  const findings = page.getByRole("heading", { level: 2, name: /^Findings \(\d+\)$/ });
  await expect(findings).toBeVisible();
  const before = Number(/\((\d+)\)/.exec((await findings.textContent()) ?? "")![1]);
  expect(before).toBeGreaterThanOrEqual(5);
  // The words are marked in the text.
  await expect(page.locator("mark.wording-age")).toContainText("jonge en dynamische");
  await expect(page.locator("mark.wording-title").first()).toContainText("Verpleegster");
  // Accept two rewrites with the keyboard.
  const titleRewrite = page.getByRole("checkbox", { name: /Use the rewrite .*Verpleegkundige/ });
  await titleRewrite.focus();
  await page.keyboard.press("Space");
  await expect(titleRewrite).toBeChecked();
  const marker = page.getByRole("checkbox", { name: /\(m\/v\/x\)/ });
  await marker.focus();
  await page.keyboard.press("Space");
  const apply = page.getByRole("button", { name: "Apply the chosen rewrites (2)" });
  await apply.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("2 rewrites applied");
  const improved = await page.getByLabel("Vacancy text").inputValue();
  expect(improved.startsWith("Verpleegkundige (m/v/x)")).toBe(true);
  await expect(page.locator("mark.wording-title")).toHaveCount(0);
  // Copy: to the clipboard, or (without permission) the text is selected for Ctrl+C.
  await page.getByRole("button", { name: "Copy the text" }).click();
  await expect(page.getByRole("status")).toContainText(/The text has been copied|the text is selected/);
  await expectNoAxeViolations(page, "vacancy text check (en)");

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vacaturetekstcheck" })).toBeVisible();
  await expect(page.getByText("Taal: Nederlands.")).toBeVisible();
  await expectNoAxeViolations(page, "vacaturetekstcheck (nl)");
});

test("a text file opens, and a file that is not text is refused with its name", async ({ page }) => {
  await page.goto("/check-text");
  await page.getByLabel("Or open a text file (.txt)").setInputFiles({
    name: "vacature.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(TEXT, "utf8"),
  });
  await expect(page.getByRole("status")).toContainText("vacature.txt opened.");
  await expect(page.getByLabel("Vacancy text")).toHaveValue(TEXT);
  await page.getByLabel("Or open a text file (.txt)").setInputFiles({
    name: "photo.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
  });
  await expect(page.getByRole("alert")).toContainText("photo.txt is not a text file");
});
