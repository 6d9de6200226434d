import { expect, test } from "@playwright/test";
import { layoutShift, watchFrames, whatShifted } from "./support/members";

test.use({ viewport: { width: 1440, height: 900 } });

test("a fast scroll to the end of the home grid moves nothing; the next page then comes on request", async ({
  page,
  context,
}) => {
  await watchFrames(context, {});
  await page.goto("/");
  const cards = page.locator('[aria-label="Styles"] .card');
  await expect(cards).toHaveCount(24);
  await page.waitForLoadState("networkidle");
  const footer = page.getByRole("contentinfo");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const footerTop = await footer.evaluate((element) => element.getBoundingClientRect().top);
  await page.waitForTimeout(1500);
  expect(await footer.evaluate((element) => element.getBoundingClientRect().top)).toBe(footerTop);
  expect(await layoutShift(page), await whatShifted(page)).toBeLessThan(0.01);
  await page.getByRole("link", { name: "Load more styles" }).click();
  await expect(cards).toHaveCount(48);
});

test("after a jump to the end, scrolling back up past it loads the next page by itself", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator('[aria-label="Styles"] .card');
  await expect(cards).toHaveCount(24);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(500);
  await expect(cards).toHaveCount(24);
  await page.evaluate(() => window.scrollBy(0, -window.innerHeight - 400));
  await expect(cards).toHaveCount(48);
});
