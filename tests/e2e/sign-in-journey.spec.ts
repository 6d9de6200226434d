import { expect, test } from "@playwright/test";
import { mailFromOutbox, signUpByApi, typeCode } from "./support/sign-in";
import { SEND_WINDOW_SECONDS } from "./support/test-server";

const DIGITS = [1, 2, 3, 4, 5, 6].map((n) => `Digit ${n} of 6`);

test("a new person signs in from a search, is asked 16+ once with the typed code kept, and comes back to that search", async ({
  page,
}) => {
  const email = `journey-${Date.now()}@example.com`;
  const verifyAnswers: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/auth/verify")) verifyAnswers.push(response.status());
  });
  await page.goto("/search?q=neon+city&tier=free");
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\?next=%2Fsearch%3Fq%3Dneon%2Bcity%26tier%3Dfree$/);

  // the email step asks nothing about age
  await expect(page.getByLabel(/16 or older/)).toHaveCount(0);
  await page.getByLabel("Email").fill(email);
  const sentAfter = Date.now() - 1000;
  await page.getByRole("button", { name: "Send code" }).click();
  const mail = await mailFromOutbox(email, sentAfter);
  // the code leads the subject, so the phone's notification shows it
  expect(mail.subject).toBe(`${mail.code} is your mjpro code`);

  await typeCode(page, mail.code);
  const ageBox = page.getByLabel("I am 16 or older");
  await expect(ageBox).toBeFocused();
  await expect(page.getByText("No account uses this email yet")).toHaveRole("status");
  for (const [index, label] of DIGITS.entries())
    await expect(page.getByLabel(label)).toHaveValue(mail.code[index] as string);

  // not confirmed: no account, and the code stays typed
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Tick “I am 16 or older” to create your account.",
  );
  await expect(ageBox).toBeFocused();
  await expect(page).toHaveURL(/\/signin\?/);
  expect(await page.evaluate(() => localStorage.getItem("mjpro.token"))).toBeNull();
  await expect(page.getByLabel("Digit 6 of 6")).toHaveValue(mail.code[5] as string);

  await ageBox.check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/search\?q=neon\+city&tier=free$/);
  await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("neon city");
  await expect(page.getByRole("button", { name: "Account", exact: true })).toBeVisible();
  // the first answer asked for the confirmation, the second created the account
  expect(verifyAnswers).toEqual([400, 200]);
});

test("a person with an account is never asked about age and comes back to the page they were on", async ({
  page,
  request,
}) => {
  // one code per send window and address: the sign-up's code, then (a window later) the sign-in's
  const email = `returning-${Date.now()}@example.com`;
  await signUpByApi(request, email);
  const nextCodeAt = Date.now() + (SEND_WINDOW_SECONDS + 1) * 1000;
  const verifyAnswers: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/auth/verify")) verifyAnswers.push(response.status());
  });

  await page.goto("/liked");
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.waitForTimeout(Math.max(0, nextCodeAt - Date.now()));
  const sentAfter = Date.now() - 1000;
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText(`We sent a 6-digit code to ${email}`)).toBeVisible();
  await typeCode(page, (await mailFromOutbox(email, sentAfter)).code);

  await expect(page).toHaveURL(/\/liked$/);
  await expect(page.getByLabel(/16 or older/)).toHaveCount(0);
  expect(verifyAnswers).toEqual([200]);
});
