import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { newMember, signedIn } from "./support/members";

interface ApiStyle {
  id: string;
  slug: string;
  title: string;
  images: { id: string }[];
}

async function firstStyle(page: Page, query: string): Promise<ApiStyle> {
  return (await (await page.request.get(`/api/styles?${query}&limit=1`)).json()).items[0];
}

/** Likes as this browser keeps them before any account exists (src/client/likes.ts). */
async function likeInThisBrowser(page: Page, imageIds: string[]) {
  const stored = Object.fromEntries(imageIds.map((id, i) => [id, [1, Date.now() - i * 1000]]));
  await page.addInitScript((value) => {
    if (!localStorage.getItem("mjpro.likes")) localStorage.setItem("mjpro.likes", value);
  }, JSON.stringify(stored));
}

async function expectNoSeriousViolations(page: Page, where: string) {
  // Legacy mode runs axe in the page itself, where the default opens a blank page for every check
  // to merge the results of frames. The app has no frames; should one appear, axe reports it as
  // not tested (frame-tested), and that fails below.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`).join("; ")}`,
    );
  expect.soft(serious, where).toEqual([]);
  const untestedFrames = results.incomplete.filter((result) => result.id === "frame-tested");
  expect.soft(untestedFrames, `${where}: frames axe could not check`).toEqual([]);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test("axe finds nothing serious on any journey's page", async ({ page }) => {
      test.setTimeout(120_000);
      const free = await firstStyle(page, "tier=free");
      const pro = await firstStyle(page, "tier=pro");
      const blend: ApiStyle[] = (
        await (await page.request.get("/api/styles?tier=free&kind=sref&limit=2")).json()
      ).items;
      await likeInThisBrowser(page, [free.images[0]?.id as string, pro.images[1]?.id as string]);
      const pages: [string, () => Promise<void>][] = [
        ["/", () => page.getByRole("region", { name: "Styles" }).locator("article").first().waitFor()],
        [`/styles/${free.slug}`, () => page.getByTestId("recipe-text").waitFor()],
        [`/styles/${pro.slug}`, () => page.getByText(/Pro recipe, tested on/).waitFor()],
        ["/search?q=neon", () => page.getByRole("region", { name: "Search results" }).waitFor()],
        [
          "/search?q=neon&tier=free&sort=newest&palette=1e9a93:60,f4f2ed:40",
          () => page.getByRole("navigation", { name: "Active filters" }).waitFor(),
        ],
        ["/search?q=wtercolr", () => page.locator(".suggestions").waitFor()],
        ["/liked", () => page.locator(".liked-cell").nth(1).waitFor()],
        [
          // with its Save menu open, making the board the Boards page shows next
          `/styles/${free.slug}`,
          async () => {
            await page.getByRole("button", { name: /^Save image 1 of/ }).click();
            await page.getByLabel("New board name").fill("Axe studies");
            await page.keyboard.press("Enter");
            await page.getByRole("checkbox", { name: "Axe studies" }).waitFor();
          },
        ],
        ["/boards", () => page.locator(".board-cover img").first().waitFor()],
        [
          // with a card's Copy menu open
          "/search?tier=free&kind=sref",
          async () => {
            await page
              .getByRole("button", { name: /^More ways to copy/ })
              .first()
              .click();
            await page.getByRole("dialog", { name: /^Copy the recipe of/ }).waitFor();
          },
        ],
        [
          `/blend?s=${blend.map((style) => style.id).join(",")}`,
          () => page.locator("[data-testid=blend-text], .form-error").first().waitFor(),
        ],
        ["/pricing", () => page.getByRole("heading", { level: 1 }).waitFor()],
        ["/signin", () => page.getByLabel("Email").waitFor()],
        ["/account", () => page.getByText("You are not signed in.").waitFor()],
      ];
      for (const [path, ready] of pages) {
        await page.goto(path);
        await ready();
        await expectNoSeriousViolations(page, path);
      }
    });
  });
}

test("axe finds nothing serious in what a Pro member sees", async ({ page, context, request }) => {
  // several pages, each checked by axe after the member's recipes arrive: slow on a busy machine
  test.setTimeout(120_000);
  await signedIn(context, await newMember(request, { pro: true }));
  const pro = await firstStyle(page, "tier=pro");
  for (const [path, ready] of [
    ["/", () => page.getByRole("link", { name: "Pro plan: your account" }).waitFor()],
    [`/styles/${pro.slug}`, () => page.getByTestId("recipe-text").waitFor()],
    ["/pricing", () => page.getByText("You have Pro").waitFor()],
    ["/account", () => page.getByTestId("account-plan").waitFor()],
  ] as const) {
    await page.goto(path);
    await ready();
    await expectNoSeriousViolations(page, `${path} (Pro member)`);
  }
});

test("every Like button says which image it likes", async ({ page }) => {
  const style = await firstStyle(page, "tier=free");
  await page.goto(`/styles/${style.slug}`);
  const gallery = page.getByRole("region", { name: /Images made with/ });
  await gallery.getByRole("button", { name: `Like image 2 of ${style.title}`, exact: true }).click();
  await expect(
    gallery.getByRole("button", { name: `Unlike image 2 of ${style.title}`, exact: true }),
  ).toBeVisible();

  await gallery.getByRole("button", { name: /^Open image 3 of/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(
    dialog.getByRole("button", { name: `Like image 3 of ${style.title}`, exact: true }),
  ).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(
    dialog.getByRole("button", { name: `Unlike image 2 of ${style.title}`, exact: true }),
  ).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto("/liked");
  await expect(
    page.getByRole("button", { name: `Unlike image 2 of ${style.title}`, exact: true }),
  ).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent(style.title)}`);
  const card = page.locator(`[data-style-id="${style.id}"]`);
  await expect(
    card.getByRole("button", { name: `Like image 1 of ${style.title}`, exact: true }),
  ).toBeVisible();

  const names = await page
    .locator("button.like-button")
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute("aria-label") ?? ""));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/^(Like|Unlike) image \d+ of .+/);
});

for (const path of ["/", "/category/cinematic", "/search?q=neon"]) {
  test(`a skip link jumps past the header and filters to the results on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page
      .getByRole("region", { name: /styles|search results/i })
      .locator("article")
      .first()
      .waitFor();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to results" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const firstCard = page.locator("main article").first();
    await expect(firstCard.locator(".card-title a")).toBeFocused();
  });
}
