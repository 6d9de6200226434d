import { expect, test } from "@playwright/test";
import { readOutbox } from "../../src/adapters/mail/outbox";
import { OUTBOX, signInWithCode } from "./support/sign-in";

test("upgrade in the local test checkout, copy a Pro recipe, cancel, and lose it when the period ends", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const email = `pro-${Date.now()}@example.com`;
  const proStyle = (await (await request.get("/api/styles?tier=pro&limit=1")).json()).items[0];

  await signInWithCode(page, email);
  await expect(page).toHaveURL((url) => url.pathname === "/account");
  await expect(page.getByTestId("account-plan")).toHaveText("Free");

  // locked, then Upgrade
  await page.goto(`/styles/${proStyle.slug}`);
  await expect(page.getByText(/Pro recipe, tested on/)).toBeVisible();
  await page.getByRole("link", { name: "Upgrade to Pro" }).click();
  await expect(page.getByText("This is the local test checkout")).toBeVisible();
  await page.getByRole("button", { name: /Upgrade monthly/ }).click();
  await expect(page.getByText("Test checkout: no card, no charge.")).toBeVisible();
  await page.getByRole("button", { name: "Pay (test, no charge)" }).click();
  await expect(page.getByTestId("plan-status")).toContainText("Pro is active until");

  // the recipe is there now, and Copy copies it
  await page.goto(`/styles/${proStyle.slug}`);
  const recipeText = page.getByTestId("recipe-text");
  await expect(recipeText).toBeVisible();
  const text = (await recipeText.textContent()) ?? "";
  expect(text.length).toBeGreaterThan(10);
  await page.getByRole("button", { name: "Copy recipe", exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await expect
    .poll(async () => (await readOutbox(OUTBOX)).filter((m) => m.to === email).map((m) => m.subject))
    .toContain("Your mjpro Pro payment went through");

  // and full-resolution downloads, from the lightbox
  await page
    .getByRole("region", { name: /Images made with/ })
    .getByRole("button", { name: /^Open image 1/ })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("dialog").getByRole("button", { name: "Download full resolution" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${proStyle.slug}-img_[a-z0-9]+\\.jpg$`));
  await page.keyboard.press("Escape");

  // cancel at period end: still Pro until the period ends
  await page.goto("/account");
  await expect(page.getByTestId("account-plan")).toHaveText("Pro");
  await page.getByRole("button", { name: "Manage billing" }).click();
  await page.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(page.getByRole("status")).toContainText("Your plan is now Pro");
  await page.getByRole("button", { name: "Jump to the end of the period (test)" }).click();
  await expect(page.getByRole("status")).toContainText("Your plan is now Free");

  await page.goto(`/styles/${proStyle.slug}`);
  await expect(page.getByText(/Pro recipe, tested on/)).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByTestId("recipe-text")).toHaveCount(0);
  await expect
    .poll(async () => (await readOutbox(OUTBOX)).filter((m) => m.to === email).map((m) => m.subject))
    .toContain("Your mjpro Pro subscription has ended");
  await page.goto("/account");
  await expect(page.getByTestId("account-subscription")).toContainText("Ended on");
  // the retention promise, told where the person looks
  await expect(page.getByTestId("account-deletion")).toContainText(/will be deleted on \w+ \d+, \d{4}/);
});
