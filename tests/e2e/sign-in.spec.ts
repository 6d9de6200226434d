import { expect, type Page, test } from "@playwright/test";
import { codeFromOutbox, confirmAgeAndCreate, typeCode } from "./support/sign-in";
import { SEND_WINDOW_SECONDS } from "./support/test-server";

async function signIn(page: Page, email: string) {
  await page.goto("/");
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText(`We sent a 6-digit code to ${email}`)).toBeVisible();
  const code = await codeFromOutbox(email);
  // paste the whole code into the first box, as people do from their mail app
  await page.getByLabel("Digit 1 of 6").focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text", text);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, code);
  await confirmAgeAndCreate(page);
  // the header's Sign in came back to the page it was on
  await expect(page).toHaveURL((url) => url.pathname === "/" && url.search === "");
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);
}

test("sign in with the code from the outbox, stay signed in, sign out clears localStorage", async ({
  page,
}) => {
  const email = `e2e-${Date.now()}@example.com`;
  await signIn(page, email);
  await page.reload();
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await page.getByRole("button", { name: "Account", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Your account" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Your account" })).toBeHidden();
  // nothing but the token, the likes and boards (with their queues) and the subject is kept in the browser
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toContain("mjpro.token");
  const kept = [
    "mjpro.token",
    "mjpro.likes",
    "mjpro.likesQueue",
    "mjpro.boards",
    "mjpro.boardsQueue",
    "mjpro.subject",
  ];
  expect(keys.filter((k) => !kept.includes(k))).toEqual([]);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/" && url.search === "");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a wrong code says so and leaves the boxes ready for another try", async ({ page }) => {
  const email = `wrong-${Date.now()}@example.com`;
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send code" }).click();
  // the countdown to the next code starts with the answer (the window is seconds long in these tests)
  await expect(page.getByRole("button", { name: /Resend code in/ })).toBeDisabled();
  const code = await codeFromOutbox(email);
  const wrong = code === "000000" ? "111111" : "000000";
  for (const [index, digit] of [...wrong].entries())
    await page.getByLabel(`Digit ${index + 1} of 6`).fill(digit);
  await expect(page.locator("main").getByRole("alert")).toContainText(
    "That code is not right. 4 tries left.",
  );
  await expect(page.getByLabel("Digit 1 of 6")).toHaveValue("");
});

test("a new code replaces the one before: the page sends the newest code's challenge", async ({ page }) => {
  // the server sends one code per send window, email and client, and the page counts the window down
  test.setTimeout(90_000);
  const email = `resend-${Date.now()}@example.com`;
  const answered: string[] = [];
  const sentWith: string[] = [];
  page.on("response", async (response) => {
    if (response.url().endsWith("/api/auth/code")) answered.push((await response.json()).challenge);
  });
  page.on("request", (request) => {
    if (request.url().endsWith("/api/auth/verify")) sentWith.push(request.postDataJSON().challenge);
  });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  const firstAfter = Date.now() - 1000;
  await page.getByRole("button", { name: "Send code" }).click();
  const first = await codeFromOutbox(email, firstAfter);
  // enabled after the server's send window (seconds here), not a minute the page assumes
  await page
    .getByRole("button", { name: "Resend code", exact: true })
    .click({ timeout: (SEND_WINDOW_SECONDS + 15) * 1000 });
  await expect(page.getByText(`We sent a new code to ${email}`)).toBeVisible();
  // sent at least a window after the first, so a look back shorter than the window finds only it
  const second = await codeFromOutbox(email, Date.now() - (SEND_WINDOW_SECONDS - 1) * 1000);
  expect(second).not.toBe(first);
  // the first mail's code no longer works here; the newest does
  await typeCode(page, first);
  await expect(page.locator("main").getByRole("alert")).toContainText("That code is not right.");
  await typeCode(page, second);
  await confirmAgeAndCreate(page);
  await expect(page).toHaveURL((url) => url.pathname === "/account");
  // every try went with the newest request's challenge, through the age question too
  expect(answered).toHaveLength(2);
  expect(sentWith).toEqual([answered[1], answered[1], answered[1]]);
});

test("signing out everywhere signs out a second browser", async ({ page, browser }) => {
  const email = `both-${Date.now()}@example.com`;
  await signIn(page, email);
  const token = await page.evaluate(() => localStorage.getItem("mjpro.token"));

  // a second device holding a token of the same account
  const second = await browser.newContext();
  await second.addInitScript((value) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("mjpro.token", value ?? "");
      sessionStorage.setItem("seeded", "1");
    }
  }, token);
  const other = await second.newPage();
  await other.goto("/account");
  await expect(other.getByTestId("account-email")).toHaveText(email);

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You are signed out on every device.")).toBeVisible();

  await other.reload();
  await expect(other.getByText("You are not signed in.")).toBeVisible();
  await expect.poll(() => other.evaluate(() => localStorage.getItem("mjpro.token"))).toBeNull();
  await second.close();
});
