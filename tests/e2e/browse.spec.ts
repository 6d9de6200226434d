import { expect, test } from "@playwright/test";

test("browse from home to a category to a style", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const cards = page.locator("article.card");
  await expect(cards).toHaveCount(24);

  await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Anime" }).click();
  await expect(page).toHaveURL(/\/category\/anime$/);
  await expect(page.getByRole("heading", { level: 1, name: "Anime" })).toBeVisible();
  const metas = await page.locator("article.card .card-meta").allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toContain("Anime");

  const firstTitle = page.locator("article.card .card-title a").first();
  const title = (await firstTitle.textContent()) ?? "";
  await firstTitle.click();
  await expect(page).toHaveURL(/\/styles\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/^Tested on /).first()).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Images made with/ }).getByRole("button", { name: /^Open image/ }),
  ).not.toHaveCount(0);
});

test("a Pro style shows its images and a lock with an Upgrade link, never the recipe", async ({
  page,
  request,
}) => {
  const list = await (await request.get("/api/styles?tier=pro&limit=1")).json();
  const style = list.items[0];
  expect(style.recipe).toBeUndefined();
  await page.goto(`/styles/${style.slug}`);
  await expect(page.getByText("Pro recipe", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Upgrade to Pro" })).toHaveAttribute("href", "/pricing");
  await expect(page.locator(".style-head").getByRole("button", { name: /^Copy/ })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: /Images made with/ }).getByRole("button", { name: /^Open image/ }),
  ).toHaveCount(style.images.length);
});

test("the grid loads further pages as you scroll, without repeating a style", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator("article.card");
  await expect(cards).toHaveCount(24);
  await page.waitForLoadState("networkidle");
  // a person scrolling down: the next page loads before the grid's end is in sight
  for (let i = 0; i < 60 && (await cards.count()) === 24; i++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(50);
  }
  await expect(cards).toHaveCount(48);
  const ids = await page
    .locator("article.card")
    .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-style-id")));
  expect(new Set(ids).size).toBe(ids.length);
});

test("loading more with the keyboard moves focus to the first new style", async ({ page }) => {
  await page.goto("/search?tier=pro");
  const cards = page.locator("article.card");
  await expect(cards).toHaveCount(24);
  await page.getByRole("link", { name: "Load more styles" }).focus();
  await page.keyboard.press("Enter");
  await expect(cards).not.toHaveCount(24);
  const firstNew = cards.nth(24).locator(".card-title a");
  await expect(firstNew).toBeFocused();
});

test("unknown pages and styles answer 404 with a way back", async ({ page }) => {
  for (const path of ["/no-such-page", "/styles/no-such-style", "/category/no-such-category"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page is not in the library." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to all styles" })).toBeVisible();
  }
});

test("sitemap.xml lists every style and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const health = await (await request.get("/api/health")).json();
  expect(sitemap.match(/\/styles\//g)?.length).toBe(health.catalog.styles);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});

test("privacy and terms are linked from every page's footer and from sign-in", async ({ page }) => {
  for (const path of ["/", "/search", "/signin"]) {
    await page.goto(path);
    const footer = page.getByRole("navigation", { name: "Footer" });
    await expect(footer.getByRole("link", { name: "Privacy" })).toHaveAttribute("href", "/privacy");
    await expect(footer.getByRole("link", { name: "Terms" })).toHaveAttribute("href", "/terms");
  }
  await expect(page.getByRole("main").getByRole("link", { name: "privacy page" })).toBeVisible();
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "What we keep, and why" })).toBeVisible();
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
  for (const processor of ["Stripe", "Cloudinary", "Vercel", "Resend", "Upstash"]) {
    await expect(page.getByRole("main")).toContainText(processor);
  }
});
