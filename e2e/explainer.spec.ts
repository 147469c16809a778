import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe.ts";

/**
 * The awareness explainer (issue 6) at /learn, as an anonymous visitor using only the keyboard: the
 * model trained without the protected attribute keeps the gap through the proxies (impact ratio below
 * 0.8), removing the proxies too closes it, and the threshold moves with the arrow keys. Everything runs
 * in the browser: no API request is made after the page has loaded. Axe in English and Dutch.
 */
test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

/** Presses Tab (or Shift+Tab) until the element has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, direction: "forward" | "back" = "forward"): Promise<void> {
  const key = direction === "forward" ? "Tab" : "Shift+Tab";
  for (let i = 0; i < 120 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The impact ratio stated in a result line ("… are invited 0.58 times as often as …"). */
async function ratioIn(line: Locator): Promise<number> {
  const text = (await line.textContent()) ?? "";
  const m = /invited (\d+[.,]\d+) times as often/.exec(text);
  expect(m, text).not.toBeNull();
  return Number(m![1]!.replace(",", "."));
}

test("an anonymous visitor sees, with the keyboard only, how proxies keep a learned bias", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Aware" })).toBeVisible();
  // The welcome page links to the explainer; follow it with the keyboard.
  const link = page.getByRole("link", { name: "See how bias creeps into a screening model" });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/learn$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "How a screening model learns old bias" }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: "The past decisions, per group" })).toBeVisible();
  await expect(page.getByRole("table", { name: /The scorecard learned from the history/ })).toContainText(
    "Woman",
  );

  const apiCalls: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/")) apiCalls.push(r.url());
  });

  // Step 3: leave out gender. The proxies keep the gap.
  const step3 = page.getByRole("region", { name: "3. Leave out gender" });
  const result3 = step3.locator("#learn-result-step3");
  const withGender = await ratioIn(result3);
  const genderBox = page.getByRole("checkbox", { name: "Give the model the applicants' gender" });
  await tabTo(page, genderBox);
  await page.keyboard.press("Space");
  await expect(genderBox).not.toBeChecked();
  await expect(result3).toContainText("Without gender:");
  const withProxies = await ratioIn(result3);
  expect(withProxies).toBeLessThan(0.8);
  expect(withProxies).toBeGreaterThan(withGender);
  await expect(result3).toContainText("That is below the four-fifths line (0.8).");
  await expect(step3.getByRole("table", { name: "The scorecard of the model now" })).not.toContainText(
    "Woman",
  );

  // Step 4: leave out the proxies too. The gap closes.
  const proxiesBox = page.getByRole("checkbox", { name: "Give the model part-time work and a career gap" });
  await tabTo(page, proxiesBox);
  await page.keyboard.press("Space");
  await expect(proxiesBox).not.toBeChecked();
  const result4 = page.locator("#learn-result-step4");
  await expect(result4).toContainText("Without gender and without part-time work and a career gap:");
  expect(await ratioIn(result4)).toBeGreaterThan(0.85);
  await expect(result4).toContainText("That is not below the four-fifths line (0.8).");

  // Step 5: the threshold moves with the arrow keys, and the figures follow.
  const slider = page.getByRole("slider", { name: "Invite candidates with a predicted chance of at least" });
  await tabTo(page, slider);
  await expect(slider).toHaveValue("50");
  const table = page.getByRole("table", { name: /The new applicants at a threshold of/ });
  const before = await table.textContent();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveValue("60");
  await expect(table).toHaveAccessibleName("The new applicants at a threshold of 60%");
  expect(await table.textContent()).not.toBe(before);
  await page.keyboard.press("ArrowLeft");
  await expect(slider).toHaveValue("59");
  await expect(page.locator("#learn-result-step5")).toContainText("(the impact ratio)");

  // The bias strength: with a fair past (0) even the model with every feature is fair.
  const result2 = page.locator("#learn-result-step2");
  expect(await ratioIn(result2)).toBeLessThan(0.5);
  const bias = page.getByRole("slider", { name: "How strongly past recruiters held the group back" });
  await tabTo(page, bias, "back");
  await page.keyboard.press("Home");
  await expect(bias).toHaveValue("0");
  await expect.poll(() => ratioIn(result2)).toBeGreaterThan(0.8);

  expect(apiCalls, "the explainer runs in the browser").toEqual([]);

  await expectNoAxeViolations(page, "explainer (English)");
  await page.getByRole("banner").getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(
    page.getByRole("heading", { level: 1, name: "Hoe een selectiemodel oude vooroordelen leert" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "explainer (Dutch)");
});
