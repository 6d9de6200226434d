import { expect, test } from "@playwright/test";
import { openSignedIn, signUpByApi } from "./support/sign-in";

test("the account menu works from the keyboard (WAI-ARIA menu button)", async ({ page, request }) => {
  await openSignedIn(page, await signUpByApi(request, `menu-${Date.now()}@example.com`), "/liked");
  const button = page.getByRole("button", { name: "Account", exact: true });
  const menu = page.getByRole("menu", { name: "Account" });
  const yourAccount = page.getByRole("menuitem", { name: "Your account" });
  const signOut = page.getByRole("menuitem", { name: "Sign out" });
  await expect(button).toHaveAttribute("aria-haspopup", "menu");
  // the header's plan slot is filled once the plan is known (a free member: the way to Pro)
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pro" }),
  ).toBeVisible();

  // Enter opens at the first item; arrows move and wrap; Home and End
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(yourAccount).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(signOut).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(yourAccount).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(signOut).toBeFocused();
  await page.keyboard.press("Home");
  await expect(yourAccount).toBeFocused();
  await page.keyboard.press("End");
  await expect(signOut).toBeFocused();

  // Escape closes and gives focus back to the button
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");

  // ArrowUp opens at the last item, ArrowDown and Space at the first
  await page.keyboard.press("ArrowUp");
  await expect(signOut).toBeFocused();
  await page.keyboard.press("Escape");
  await page.keyboard.press("ArrowDown");
  await expect(yourAccount).toBeFocused();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Space");
  await expect(yourAccount).toBeFocused();

  // Tab closes it and goes on to what follows the menu
  await page.keyboard.press("Tab");
  await expect(menu).toBeHidden();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pro" }),
  ).toBeFocused();

  // Enter on an item follows it
  await button.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/account");
});
