import { expect, test } from "@playwright/test";
import { openSignedIn, signUpByApi } from "./support/sign-in";

test("deleting the account: focus moves into the confirmation and back, and the start page says it is done, once", async ({
  page,
  request,
}) => {
  const email = `leaving-${Date.now()}@example.com`;
  await openSignedIn(page, await signUpByApi(request, email), "/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);

  const deleteButton = page.getByRole("button", { name: "Delete my account" });
  const confirmation = page.getByRole("alertdialog");
  await deleteButton.focus();
  await page.keyboard.press("Enter");
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toHaveAccessibleName(/deletes your account and likes for good/);
  await page.getByRole("button", { name: "Keep my account" }).click();
  await expect(deleteButton).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(confirmation).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirmation).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await deleteButton.click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Your account is deleted" });
  await expect(notice).toBeVisible();
  // the parameter that asked for the notice is gone, so a reload does not say it again
  await expect(page).toHaveURL((url) => url.pathname === "/" && url.search === "");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Your account is deleted")).toHaveCount(0);
});

test("signing out from the account menu says this browser's data is gone, once", async ({
  page,
  request,
}) => {
  const email = `sign-out-${Date.now()}@example.com`;
  const style = (await (await request.get("/api/styles?tier=free&limit=1")).json()).items[0];
  await openSignedIn(page, await signUpByApi(request, email), `/styles/${style.slug}`);
  // a like, so there is more than the token to remove
  const gallery = page.getByRole("region", { name: /Images made with/ });
  await gallery
    .getByRole("button", { name: /^Like image/ })
    .first()
    .click();
  await expect(gallery.getByRole("button", { name: /^Unlike image/ })).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("mjpro.likes"))).toMatch(/\[1,/);
  await page.getByRole("button", { name: "Account", exact: true }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();

  await expect(page.getByRole("status").filter({ hasText: "You are signed out" })).toContainText(
    "everything mjpro kept in this browser, your likes included, was removed",
  );
  await expect(page).toHaveURL((url) => url.pathname === "/" && url.search === "");
  expect(await page.evaluate(() => Object.entries(localStorage))).toEqual([]);
  // signing in again from here comes back here, not to a page that says "signed out"
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin?next=%2F");
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("You are signed out")).toHaveCount(0);
});

test("signing out everywhere says so, and that this browser's data is gone, where focus lands", async ({
  page,
  request,
}) => {
  await openSignedIn(page, await signUpByApi(request, `everywhere-${Date.now()}@example.com`), "/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  const note = page.getByText("You are signed out on every device.");
  await expect(note).toContainText("Everything mjpro kept in this browser, your likes included, was removed");
  await expect(note).toBeFocused();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
