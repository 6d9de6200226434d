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

  await page.getByLabel("Access").selectOption("free");
  await expect(page).toHaveURL(/\/search\?q=neon$/);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/tier=free/);
  await expect(page).toHaveURL(/q=neon/);
  const cards = page.locator("article.card");
  const count = await cards.count();
  for (let i = 0; i < count; i++)
    await expect(cards.nth(i).getByRole("button", { name: /^Copy/ })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Access")).toHaveValue("free");
  await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("neon");
});

test("category, model and aspect-ratio filters narrow the results", async ({ page, request }) => {
  await page.goto("/search?category=anime&model=niji6");
  const metas = await page.locator("article.card .card-meta").allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) {
    expect(meta).toContain("Anime");
    expect(meta).toContain("Niji 6");
  }

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
