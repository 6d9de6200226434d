import { expect, test } from "@playwright/test";
import { framesWith, newMember, signedIn, watchFrames } from "./support/members";

test("a visitor sees both prices before signing in, and Upgrade asks them to sign in first", async ({
  page,
}) => {
  await page.goto("/pricing");
  const monthly = page.getByRole("button", { name: /^Upgrade monthly · .+ a month$/ });
  await expect(monthly).toBeEnabled();
  await expect(page.getByRole("button", { name: /^Upgrade yearly · .+ a year$/ })).toBeEnabled();
  // Pro does not claim what Free already has
  await expect(page.getByRole("region", { name: "Pro" })).not.toContainText(/synced/i);
  await expect(page.getByRole("region", { name: "Free" })).toContainText(/synced across your devices/);
  await monthly.click();
  await expect(page).toHaveURL(/\/signin\?next=\/pricing$/);
});

test("a Pro member sees their plan, its renewal, Manage billing and a switch, never Upgrade", async ({
  page,
  context,
  request,
}) => {
  await signedIn(context, await newMember(request, { pro: true }));
  await watchFrames(context, { upgrade: "button.upgrade" });
  await page.goto("/pricing");
  await expect(page.getByText("You have Pro")).toBeVisible();
  expect(await framesWith(page, "upgrade"), "frames showing an Upgrade button").toBe(0);
  await expect(page.getByTestId("pricing-subscription")).toHaveText(/^Renews monthly on \w+ \d+, \d{4}$/);
  await expect(page.getByRole("button", { name: "Manage billing" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Upgrade/ })).toHaveCount(0);

  // the switch goes through the billing portal
  await page.getByRole("button", { name: "Switch to yearly" }).click();
  await expect(page).toHaveURL(/\/billing\/local-portal$/);
  await page.getByRole("button", { name: "Switch between monthly and yearly" }).click();
  await expect(page.getByRole("status")).toContainText("Your plan is now Pro");
  await page.goto("/pricing");
  await expect(page.getByTestId("pricing-subscription")).toHaveText(/^Renews yearly on /);
  await expect(page.getByRole("button", { name: "Switch to monthly" })).toBeVisible();
});

test("a free member can upgrade from the pricing page", async ({ page, context, request }) => {
  await signedIn(context, await newMember(request, { pro: false }));
  await page.goto("/pricing");
  await page.getByRole("button", { name: /^Upgrade yearly/ }).click();
  await expect(page).toHaveURL(/\/billing\/local-checkout\/cs_local_/);
});
