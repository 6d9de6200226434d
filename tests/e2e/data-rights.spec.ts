import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInWithCode } from "./support/sign-in";

test("export my data, then delete my account: signed out, and the old token is dead", async ({
  page,
  request,
}) => {
  const email = `rights-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  const token = await page.evaluate(() => localStorage.getItem("mjpro.token"));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export my data" }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
  expect(exported.account.email).toBe(email);
  expect(exported.account.ageConfirmedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(exported.likes).toEqual([]);
  expect(exported.subscription).toBeNull();

  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByText("Your account is deleted")).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/" && url.search === "");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  const me = await request.get("/api/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(401);
});
