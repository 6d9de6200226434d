import { expect, test } from "@playwright/test";

/** The titles of the cards a search page shows, in order. */
async function titlesFor(page: import("@playwright/test").Page, query: string): Promise<string[]> {
  await page.goto(`/search?${query}`);
  await expect(page.getByRole("heading", { level: 2, name: /styles? found|\d+ styles?/i })).toBeVisible();
  return page.locator("article.card h3").allTextContents();
}

test("search forgives British spellings, typos and our own words, in the browser as in the API", async ({
  page,
  request,
}) => {
  const watercolour = await titlesFor(page, "q=watercolour");
  expect(watercolour.length).toBeGreaterThan(0);
  expect(watercolour[0]).toMatch(/watercolou?r/i);
  expect(watercolour).toEqual(await titlesFor(page, "q=watercolor"));

  const noir = await titlesFor(page, "q=noirr");
  expect(noir.length).toBeGreaterThan(0);
  expect(noir.every((title) => /noir/i.test(title))).toBe(true);

  for (const [q, check] of [
    ["niji", (style: { model: string }) => style.model.startsWith("niji")],
    [
      "moodboard",
      (style: { recipe?: { kind: string }; tier: string }) =>
        style.tier === "pro" || style.recipe?.kind === "moodboard",
    ],
    ["scifi", () => true],
  ] as const) {
    const titles = await titlesFor(page, `q=${q}`);
    expect(titles.length, q).toBeGreaterThan(0);
    const api = await (await request.get(`/api/styles?q=${q}&limit=60`)).json();
    for (const style of api.items) expect(check(style), `${q}: ${style.title}`).toBe(true);
  }
  expect(await titlesFor(page, "q=sci-fi")).toEqual(await titlesFor(page, "q=scifi"));
});

test("a search that finds nothing says so and answers the nearest words", async ({ page, request }) => {
  await page.goto("/search?q=wtercolr");
  await expect(page.getByRole("heading", { level: 2, name: "No styles found" })).toBeVisible();
  const api = await (await request.get("/api/styles?q=wtercolr")).json();
  expect(api.items).toEqual([]);
  expect(api.suggestions).toContain("watercolor");
});
