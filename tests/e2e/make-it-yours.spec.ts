import { type Browser, expect, type Page, test } from "@playwright/test";

interface ApiStyle {
  id: string;
  slug: string;
  title: string;
  model: string;
  tier: string;
  recipe?: { kind: string; text: string };
}

async function newPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  return context.newPage();
}

async function styles(page: Page, query: string): Promise<ApiStyle[]> {
  return (await (await page.request.get(`/api/styles?${query}`)).json()).items;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("your subject goes in front of every Copy, on the style page and on cards, and stays in this browser", async ({
  browser,
}) => {
  const page = await newPage(browser, { width: 390, height: 844 });
  const [style] = await styles(page, "tier=free&kind=sref&limit=1");
  if (!style?.recipe) throw new Error("no free sref style");
  await page.goto(`/styles/${style.slug}`);
  await page.getByLabel("Your subject").fill("a red fox in the snow");
  await expect(page.getByTestId("recipe-text")).toContainText("a red fox in the snow --sref");
  await page.getByRole("button", { name: "Copy recipe", exact: true }).click();
  expect(await clipboard(page)).toBe(`a red fox in the snow ${style.recipe.text}`);

  await page.goto("/search?tier=free&kind=sref");
  await page.locator("article.card").first().getByRole("button", { name: /^Copy/ }).click();
  expect(await clipboard(page)).toMatch(/^a red fox in the snow --sref /);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.goto(`/styles/${style.slug}`);
  await expect(page.getByLabel("Your subject")).toHaveValue("a red fox in the snow");
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("button", { name: "Copy recipe", exact: true }).click();
  expect(await clipboard(page)).toBe(style.recipe.text);
});

test("a blend of two styles picked on their pages: weights in the URL, one recipe, no Pro code for a visitor", async ({
  browser,
}) => {
  const page = await newPage(browser, { width: 1440, height: 900 });
  const free = await styles(page, "tier=free&kind=sref&limit=60");
  const first = free[0] as ApiStyle;
  const second = free.find((s) => s.id !== first.id && s.model === first.model);
  if (!second) throw new Error("no two free sref styles on one model");
  for (const style of [first, second]) {
    await page.goto(`/styles/${style.slug}`);
    await page.getByRole("button", { name: "Add to blend" }).click();
    await expect(page.getByRole("button", { name: "In blend" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Blend 2 styles" }).click();
  await expect(page).toHaveURL(new RegExp(`/blend\\?s=${first.id},${second.id}$`));
  const text = page.getByTestId("blend-text");
  await expect(text).toContainText("--sref");
  await page.getByLabel(`Weight of ${first.title}`).fill("3");
  await expect(page).toHaveURL(new RegExp(`s=${first.id}(%3A|:)3,${second.id}$`));
  await expect(text).toContainText("::3");
  await page.getByRole("button", { name: "Copy blend", exact: true }).click();
  expect(await clipboard(page)).toMatch(/^--sref .*::3/);

  // styles of two models are refused with a reason naming each, and the list still shows their titles
  const other = free.find((s) => s.model !== first.model);
  if (!other) throw new Error("no free sref style on another model");
  await page.goto(`/blend?s=${first.id},${other.id}`);
  await expect(page.getByRole("alert").filter({ hasText: "different models" })).toContainText(
    `“${other.title}” on`,
  );
  const parts = page.getByRole("list", { name: "Styles in this blend" });
  await expect(parts.getByRole("link", { name: first.title })).toBeVisible();
  await expect(parts.getByRole("link", { name: other.title })).toBeVisible();

  // the link holds only ids and weights; a Pro style in a visitor's blend is refused, its code never shown
  const [pro] = await styles(page, `tier=pro&kind=sref&model=${first.model}&limit=1`);
  if (!pro) throw new Error("no Pro sref style on that model");
  const answers: string[] = [];
  page.on("response", async (response) => {
    if (response.url().includes("/api/blend")) answers.push(await response.text());
  });
  await page.goto(`/blend?s=${first.id},${pro.id}`);
  await expect(page.locator(".form-error")).toContainText("is a Pro recipe");
  await expect(page.getByTestId("blend-text")).toHaveCount(0);
  expect(answers.join("")).not.toContain("--sref");
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width} px a card's Copy menu takes your subject and adds its style to a blend`, async ({
    browser,
  }) => {
    const page = await newPage(browser, viewport);
    // two styles on the search page's first rows that blend: one model, no --sv conflict
    const shown = (await styles(page, "tier=free&kind=sref&limit=12")).filter((s) => s.recipe);
    const sv = (style: ApiStyle) => style.recipe?.text.match(/--sv (\S+)/)?.[1];
    const pair = shown
      .flatMap((a, i) => shown.slice(i + 1).map((b) => [a, b] as const))
      .find(
        ([a, b]) => a.model === b.model && (sv(a) === undefined || sv(b) === undefined || sv(a) === sv(b)),
      );
    if (!pair) throw new Error("no two free sref styles that blend among the first 12");
    await page.goto("/search?tier=free&kind=sref");
    const card = (style: ApiStyle) => page.locator(`article.card[data-style-id="${style.id}"]`);
    const first = card(pair[0]);
    const title = pair[0].title;
    await first.getByRole("button", { name: `More ways to copy ${title}` }).click();
    const menu = page.getByRole("dialog", { name: `Copy the recipe of ${title}` });
    await expect(menu).toBeVisible();
    await expect(menu.getByLabel("Your subject")).toBeFocused();
    const box = await menu.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);

    await page.keyboard.type("a lighthouse at dusk");
    await expect(menu.locator(".card-menu-recipe")).toContainText("a lighthouse at dusk --sref");
    await menu.getByRole("button", { name: `Copy recipe of ${title}` }).click();
    expect(await clipboard(page)).toMatch(/^a lighthouse at dusk --sref \d/);
    await menu.getByRole("button", { name: "Add to blend" }).click();
    await expect(menu.getByRole("button", { name: "In blend" })).toBeVisible();

    // Escape closes it and gives the focus back; the subject now goes in every card's Copy
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(first.getByRole("button", { name: `More ways to copy ${title}` })).toBeFocused();
    const second = card(pair[1]);
    await second.getByRole("button", { name: /^Copy recipe of/ }).click();
    expect(await clipboard(page)).toMatch(/^a lighthouse at dusk --sref /);

    // the second style, from its card's menu, makes a blend
    const secondTitle = pair[1].title;
    await second.getByRole("button", { name: `More ways to copy ${secondTitle}` }).click();
    const secondMenu = page.getByRole("dialog", { name: `Copy the recipe of ${secondTitle}` });
    await secondMenu.getByRole("button", { name: "Add to blend" }).click();
    await secondMenu.getByRole("link", { name: "Blend 2 styles" }).click();
    await expect(page).toHaveURL(`/blend?s=${pair[0].id},${pair[1].id}`);
    await expect(page.getByTestId("blend-text")).toContainText("a lighthouse at dusk --sref");
    await page.getByRole("button", { name: "Copy blend", exact: true }).click();
    expect(await clipboard(page)).toMatch(/^a lighthouse at dusk --sref \S+ \S+/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
  });
}
