import { type Browser, expect, type Page, test } from "@playwright/test";
import { openSignedIn, signInWithCode } from "./support/sign-in";

async function newPage(browser: Browser, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  return context.newPage();
}

async function freeStyle(page: Page) {
  const styles = (await (await page.request.get("/api/styles?tier=free&limit=10")).json()).items;
  return styles.find((s: { images: unknown[] }) => s.images.length >= 3) as {
    slug: string;
    title: string;
    recipe: { text: string };
  };
}

test("boards work signed out, join the account at sign-in, and sync to another device", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await newPage(browser);
  const style = await freeStyle(a);
  await a.goto(`/styles/${style.slug}`);

  // save image 1 from the gallery into a new board
  await a.getByRole("button", { name: /^Save image 1 of/ }).click();
  await a.getByLabel("New board name").fill("Neon studies");
  await a.getByRole("button", { name: "Create", exact: true }).click();
  await expect(a.getByRole("checkbox", { name: "Neon studies" })).toBeChecked();
  await a.keyboard.press("Escape");
  await expect(a.getByRole("checkbox", { name: "Neon studies" })).toHaveCount(0);

  // image 2 from the image viewer, with B; Escape closes the menu, not the viewer
  await a.getByRole("button", { name: /^Open image 2 of/ }).click();
  await a.keyboard.press("b");
  await a.getByRole("checkbox", { name: "Neon studies" }).check();
  await a.keyboard.press("Escape");
  await expect(a.getByRole("dialog")).toBeVisible();
  await a.keyboard.press("Escape");
  await expect(a.getByRole("dialog")).toBeHidden();

  await a.goto("/boards");
  await expect(a.getByRole("link", { name: /Neon studies\s*2 images/ })).toBeVisible();
  // its cover shows both images, loaded
  const cover = a.locator(".board-cover img");
  await expect(cover).toHaveCount(2);
  await expect
    .poll(() => cover.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
  await a.getByRole("link", { name: /Neon studies/ }).click();
  await expect(a.getByRole("heading", { level: 1, name: "Neon studies" })).toBeVisible();
  await expect(a.locator(".liked-cell")).toHaveCount(2);

  // an image on the board goes to another board from its own Save menu
  await a
    .locator(".liked-cell")
    .first()
    .getByRole("button", { name: /^Save image/ })
    .click();
  await a.getByLabel("New board name").fill("Warm tones");
  await a.keyboard.press("Enter");
  await expect(a.getByRole("checkbox", { name: "Warm tones" })).toBeChecked();
  await a.keyboard.press("Escape");
  await a.goto("/boards");
  await expect(a.getByRole("link", { name: /Warm tones\s*1 image$/ })).toBeVisible();
  await expect(a.locator(".board-cover img")).toHaveCount(3);
  await a.getByRole("link", { name: /Neon studies/ }).click();
  await expect(a.getByRole("heading", { level: 1, name: "Neon studies" })).toBeVisible();
  await a.getByRole("button", { name: "Copy all recipes" }).click();
  expect(await a.evaluate(() => navigator.clipboard.readText())).toBe(`${style.title}: ${style.recipe.text}`);
  await a.getByLabel("Board name").fill("Neon nights");
  await a.getByRole("button", { name: "Rename" }).click();
  await expect(a.getByRole("heading", { level: 1, name: "Neon nights" })).toBeVisible();

  // signing in takes the board to the account
  const email = `boards-${Date.now()}@example.com`;
  await signInWithCode(a, email, "/boards");
  await expect(a).toHaveURL((url) => url.pathname === "/boards");
  await expect.poll(() => a.evaluate(() => localStorage.getItem("mjpro.boardsQueue"))).toBeNull();
  const token = (await a.evaluate(() => localStorage.getItem("mjpro.token"))) as string;
  const stored = await (
    await a.request.get("/api/boards", { headers: { authorization: `Bearer ${token}` } })
  ).json();
  expect(stored.boards).toHaveLength(2);
  const neon = stored.boards.find((board: { name: string }) => board.name === "Neon nights");
  expect(neon.imageIds).toHaveLength(2);

  // another device signed in to the same account sees it, and deleting it there deletes it here
  const b = await newPage(browser, { width: 390, height: 844 });
  await openSignedIn(b, token, "/boards");
  await expect(b.getByRole("link", { name: /Neon nights\s*2 images/ })).toBeVisible();
  await b.getByRole("link", { name: /Neon nights/ }).click();
  b.once("dialog", (dialog) => void dialog.accept());
  await b.getByRole("button", { name: "Delete board" }).click();
  await expect(b).toHaveURL((url) => url.pathname === "/boards");
  await expect(b.getByRole("link", { name: /Neon nights/ })).toHaveCount(0);
  await expect(b.getByRole("link", { name: /Warm tones/ })).toBeVisible();
  await expect.poll(() => b.evaluate(() => localStorage.getItem("mjpro.boardsQueue"))).toBeNull();
  await a.reload();
  await expect(a.getByRole("link", { name: /Warm tones/ })).toBeVisible();
  await expect(a.getByRole("link", { name: /Neon nights/ })).toHaveCount(0);
});

test("the Save menu fits a phone screen and works from the keyboard", async ({ browser }) => {
  const page = await newPage(browser, { width: 390, height: 844 });
  const style = await freeStyle(page);
  await page.goto(`/styles/${style.slug}`);
  const save = page.getByRole("button", { name: /^Save image 1 of/ });
  await save.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("group", { name: /^Boards for image 1/ });
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await page.keyboard.type("Clay");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("checkbox", { name: "Clay" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(save).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("someone already in the Save menu as it opens keeps their place", async ({ browser }) => {
  const page = await newPage(browser, { width: 390, height: 844 });
  const style = await freeStyle(page);
  await page.goto(`/styles/${style.slug}`);
  const save = page.getByRole("button", { name: /^Save image 1 of/ });
  await save.click();
  const menu = page.getByRole("group", { name: /^Boards for image 1/ });
  await menu.getByLabel("New board name").fill("Ink");
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("checkbox", { name: "Ink" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(save).toHaveAttribute("aria-expanded", "false");

  // the menu now starts with a board's checkbox, where focus goes when it opens; on a slow
  // phone a quick tap can reach the name field first, before the menu's opening is handled
  const closedMenu = page.locator(`[id="${await save.getAttribute("popovertarget")}"]`);
  await closedMenu.evaluate((panel: HTMLElement) => {
    panel.showPopover();
    panel.querySelector<HTMLInputElement>('input:not([type="checkbox"])')?.focus();
  });
  const name = menu.getByLabel("New board name");
  await expect(save).toHaveAttribute("aria-expanded", "true");
  await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => setTimeout(settled, 100))));
  await expect(name).toBeFocused();
  await page.keyboard.type("Sketches");
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("checkbox", { name: "Sketches" })).toBeChecked();
});
