import { expect, test } from "@playwright/test";

test("search from the header, then filter; the state lives in the URL", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search styles" });
  await search.fill("neon");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=neon/);
  await expect(page.getByRole("heading", { level: 2, name: /\d+ styles?/ })).toBeVisible();
  const unfiltered = await page.locator("article.card").count();
  expect(unfiltered).toBeGreaterThan(0);

  // a list applies as soon as it changes (tests/e2e/discovery.spec.ts has the rest of that)
  await page.getByRole("combobox", { name: "Access" }).selectOption("free");
  await expect(page).toHaveURL(/\/search\?q=neon&tier=free$/);
  const cards = page.locator("article.card");
  const count = await cards.count();
  for (let i = 0; i < count; i++)
    await expect(cards.nth(i).getByRole("button", { name: /^Copy/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Access" })).toHaveValue("free");
  await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("neon");
});

test("a list chosen before the page is live applies once it is, instead of being undone", async ({
  page,
}) => {
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_next\/static\/chunks\/.*\.js/, async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/search?q=neon", { waitUntil: "commit" });
  await page.getByRole("combobox", { name: "Access" }).selectOption("free");
  await expect(page.locator("form.search-form[data-live]")).toHaveCount(0);
  release();
  await expect(page).toHaveURL(/\/search\?q=neon&tier=free$/);
  await expect(page.getByRole("combobox", { name: "Access" })).toHaveValue("free");
});

test("category, works-on and aspect-ratio filters narrow the results", async ({ page, request }) => {
  await page.goto("/search?category=anime&model=niji6");
  const metas = await page.locator("article.card .card-meta").allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toContain("Anime");
  // the styles whose recipe works on Niji 6, not only those tested on it
  const works = await (await request.get("/api/styles?category=anime&model=niji6&limit=24")).json();
  const shown = await page
    .locator("article.card")
    .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-style-id")));
  expect(shown).toEqual(works.items.map((style: { id: string }) => style.id));
  expect(metas.some((meta) => !meta.includes("Niji 6"))).toBe(true);

  await page.goto("/search?ar=9:16");
  const api = await (await request.get("/api/styles?ar=9:16&limit=60")).json();
  for (const style of api.items) {
    expect(style.images.some((image: { aspectRatio: string }) => image.aspectRatio === "9:16")).toBe(true);
  }
  await expect(page.locator("article.card").first()).toHaveAttribute("data-style-id", api.items[0].id);
});

test("a bad filter in the URL is ignored with a clear notice", async ({ page }) => {
  await page.goto("/search?category=watercolour&q=noir");
  await expect(page.locator("main").getByRole("alert")).toContainText("category must be one of");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("noir");
});

test("a search with no results says so and offers a way out", async ({ page }) => {
  await page.goto("/search?q=zzzqqqxxx");
  await expect(page.getByRole("heading", { name: "No styles found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "browse everything" })).toBeVisible();
});

test("pick a colour swatch: the styles showing it, the choice kept by a search, and cleared again", async ({
  page,
  request,
}) => {
  await page.goto("/search");
  const swatches = page.getByRole("navigation", { name: "Filter by colour" });
  await swatches.getByRole("link", { name: "red", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?color=red$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Styles in red");
  await expect(swatches.getByRole("link", { name: /^red, chosen/ })).toHaveAttribute("aria-current", "true");

  const expected = (await (await request.get("/api/styles?color=red&limit=24")).json()).items.map(
    (s: { slug: string }) => `/styles/${s.slug}`,
  );
  expect(expected.length).toBeGreaterThan(3);
  const shown = await page
    .locator("article.card a[href^='/styles/']")
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")))]);
  expect(shown.slice(0, expected.length)).toEqual(expected);

  // a word search keeps the colour; the chosen swatch clears it
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("sunset");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/color=red/);
  await expect(page).toHaveURL(/q=sunset/);
  await swatches.getByRole("link", { name: /^red, chosen/ }).click();
  await expect(page).toHaveURL(/\/search\?q=sunset$/);
});

test("a style's palette links to the styles sharing each colour, the style among them", async ({
  page,
  request,
}) => {
  await page.goto("/search?color=blue");
  const first = page.locator("article.card a[href^='/styles/']").first();
  const href = (await first.getAttribute("href")) as string;
  await page.goto(href);
  const palette = page.getByRole("list", { name: "Palette" });
  await expect(palette.getByRole("link").first()).toBeVisible();
  await palette.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/search\?color=[0-9a-f]{6}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Styles in #[0-9a-f]{6}$/);
  const color = new URL(page.url()).searchParams.get("color");
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const body = await (
      await request.get(`/api/styles?color=${color}&limit=60${cursor ? `&cursor=${cursor}` : ""}`)
    ).json();
    slugs.push(...body.items.map((s: { slug: string }) => `/styles/${s.slug}`));
    cursor = body.nextCursor;
  } while (cursor);
  expect(slugs).toContain(href);
});
