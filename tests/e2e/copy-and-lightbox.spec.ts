import { expect, test } from "@playwright/test";

test("Copy puts exactly recipe.text on the clipboard, on the style page and on a card", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const list = await (await request.get("/api/styles?tier=free&limit=3")).json();
  const style = list.items[0];
  expect(style.recipe.text.length).toBeGreaterThan(5);

  await page.goto(`/styles/${style.slug}`);
  await expect(page.getByTestId("recipe-text")).toHaveText(style.recipe.text);
  await page.getByRole("button", { name: "Copy recipe", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied to clipboard" })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(style.recipe.text);

  const other = list.items[1];
  await page.goto(`/search?tier=free`);
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await page.getByRole("button", { name: `Copy recipe of ${other.title}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(other.recipe.text);
});

test("the lightbox moves with the arrow keys, closes on Escape and returns focus", async ({
  page,
  request,
}) => {
  const list = await (await request.get("/api/styles?limit=20")).json();
  const style = list.items.find((s: { images: unknown[] }) => s.images.length >= 3);
  const total = style.images.length;
  await page.goto(`/styles/${style.slug}`);

  const gallery = page.getByRole("region", { name: /Images made with/ });
  const second = gallery.getByRole("button", { name: /^Open image/ }).nth(1);
  await second.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(".lightbox-caption")).toContainText(`2 / ${total}`);

  await page.keyboard.press("ArrowRight");
  await expect(dialog.locator(".lightbox-caption")).toContainText(`3 / ${total}`);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(dialog.locator(".lightbox-caption")).toContainText(`${total} / ${total}`);
  await expect(dialog.locator("img")).toHaveAttribute("alt", style.images[total - 1].alt);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(gallery.getByRole("button", { name: /^Open image/ }).nth(total - 1)).toBeFocused();
});
