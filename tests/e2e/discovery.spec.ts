import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { newMember, signedIn } from "./support/members";

/** The style links of the grid, in order, without repeats (a card links its style twice). */
function shownStyles(page: Page): Promise<string[]> {
  return page
    .locator("#results article.card a[href^='/styles/']")
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") as string))]);
}

/** Every slug of a listing, all pages of it. */
async function allSlugs(page: Page, query: string): Promise<Set<string>> {
  const slugs = new Set<string>();
  let cursor: string | null = null;
  do {
    const body = (await (
      await page.request.get(`/api/styles?${query}&limit=60${cursor ? `&cursor=${cursor}` : ""}`)
    ).json()) as { items: { slug: string }[]; nextCursor: string | null };
    for (const style of body.items) slugs.add(style.slug);
    cursor = body.nextCursor;
  } while (cursor);
  return slugs;
}

const rgbOf = (hex: string) => [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const near = (hex: string, target: string) =>
  rgbOf(hex).every((value, i) => Math.abs(value - (rgbOf(target)[i] as number)) <= 24);

test("a list filter applies as soon as it changes, and Back returns to the filters before", async ({
  page,
}) => {
  await page.goto("/search");
  await page.locator("form.search-form[data-live]").waitFor();
  const category = page.getByRole("combobox", { name: "Category" });
  const sort = page.getByRole("combobox", { name: "Sort" });

  await category.selectOption("anime");
  await expect(page).toHaveURL(/\/search\?category=anime$/);
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ styles?$/ })).toBeVisible();
  await expect
    .poll(async () => {
      const metas = await page.locator("#results article.card .card-meta").allTextContents();
      return metas.length > 0 && metas.every((meta) => meta.includes("Anime"));
    })
    .toBe(true);

  await sort.selectOption("newest");
  await expect(page).toHaveURL(/\/search\?category=anime&sort=newest$/);
  await expect(page.getByRole("link", { name: "Remove filter: Sort Newest" })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?category=anime$/);
  await expect(sort).toHaveValue("");
  await expect(category).toHaveValue("anime");
  await page.goBack();
  await expect(page).toHaveURL(/\/search$/);
  await expect(category).toHaveValue("");
});

test("arrow keys step through a list without a search per step; Enter applies it", async ({ page }) => {
  await page.goto("/search?q=neon");
  const model = page.getByRole("combobox", { name: "Works on" });
  await model.focus();
  await model.press("ArrowDown");
  await model.press("ArrowDown");
  await expect(model).toHaveValue("v8.1");
  await expect(page).toHaveURL(/\/search\?q=neon$/);
  await model.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=neon&model=v8\.1$/);
  await expect(model).toBeFocused();
});

test("words apply on Enter, not per keystroke", async ({ page }) => {
  await page.goto("/search");
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/search?")) requests.push(request.url());
  });
  const words = page.getByRole("searchbox", { name: "Search", exact: true });
  await words.pressSequentially("clay", { delay: 40 });
  await page.waitForTimeout(500);
  expect(requests).toEqual([]);
  await words.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=clay$/);
});

test("each chip removes its filter in one click; Clear all removes them all", async ({ page }) => {
  await page.goto("/search?q=neon+city&category=cinematic&tier=free&color=teal");
  const chips = page.getByRole("navigation", { name: "Active filters" });
  await expect(chips.getByRole("link", { name: /^Remove filter:/ })).toHaveCount(5);

  await chips.getByRole("link", { name: "Remove filter: Category Cinematic" }).click();
  await expect(page).toHaveURL(/\/search\?q=neon\+city&tier=free&color=teal$/);
  await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue("");

  await chips.getByRole("link", { name: "Remove filter: Word neon" }).click();
  await expect(page).toHaveURL(/\/search\?q=city&tier=free&color=teal$/);
  await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("city");

  await chips.getByRole("link", { name: "Clear all" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole("navigation", { name: "Active filters" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Access" })).toHaveValue("");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form, the chips and the custom colour still work as plain links and forms", async ({ page }) => {
    await page.goto("/search?q=neon");
    await page.getByRole("combobox", { name: "Recipe kind" }).selectOption("sref");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=neon/);
    await expect(page).toHaveURL(/kind=sref/);
    await page.getByRole("link", { name: "Remove filter: Kind Style reference" }).click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page).toHaveURL(/q=neon/);

    await page.getByLabel("Custom colour").fill("#1e9a93");
    await page.getByRole("button", { name: "Apply colour" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Styles for “neon” in #1e9a93");
  });
});

test("a custom colour from the picker searches that colour", async ({ page }) => {
  await page.goto("/search?category=minimal");
  await page.getByLabel("Custom colour").fill("#1e9a93");
  await page.getByRole("button", { name: "Apply colour" }).click();
  await expect(page).toHaveURL(/\/search\?category=minimal&color=1e9a93$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Styles in #1e9a93");
  await expect(page.getByRole("link", { name: "Remove filter: Colour #1e9a93" })).toBeVisible();
});

test("Random puts a seed in the address; the same seed shows the same order, another seed another", async ({
  page,
}) => {
  await page.goto("/search");
  await page.locator("form.search-form[data-live]").waitFor();
  await page.getByRole("combobox", { name: "Sort" }).selectOption("random");
  await expect(page).toHaveURL(/\/search\?sort=random&seed=[a-z0-9]{1,12}$/);
  const seed = new URL(page.url()).searchParams.get("seed") as string;
  await expect(page.getByRole("link", { name: "Remove filter: Sort Random" })).toBeVisible();
  await expect.poll(async () => (await shownStyles(page)).length).toBeGreaterThan(10);
  const order = await shownStyles(page);

  await page.reload();
  expect(await shownStyles(page)).toEqual(order);

  // a filter changed keeps the seed
  await page.locator("form.search-form[data-live]").waitFor();
  await page.getByRole("combobox", { name: "Access" }).selectOption("free");
  await expect(page).toHaveURL(new RegExp(`tier=free&sort=random&seed=${seed}$`));

  await page.goto(`/search?sort=random&seed=${seed === "other1" ? "other2" : "other1"}`);
  expect(await shownStyles(page)).not.toEqual(order);

  // asked for without a seed, the page moves to an address that has one
  await page.goto("/search?sort=random");
  await expect(page).toHaveURL(/\/search\?sort=random&seed=[a-z0-9]{1,12}$/);
});

test.describe("search by image", () => {
  /** Every request the page makes, for the check that no picture leaves the browser. */
  function watchRequests(page: Page) {
    const seen: { url: string; body: number }[] = [];
    page.on("request", (request) =>
      seen.push({ url: request.url(), body: request.postDataBuffer()?.length ?? 0 }),
    );
    return seen;
  }

  function expectNothingBig(requests: { url: string; body: number }[]) {
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      expect(request.url.length, request.url).toBeLessThanOrEqual(2048);
      expect(request.body, request.url).toBeLessThanOrEqual(2048);
    }
  }

  test("a picked picture searches its palette; nothing the page sends carries the picture", async ({
    page,
  }) => {
    const requests = watchRequests(page);
    // three quarters teal, one quarter off-white, 800 x 600 with grain (so the file is large)
    const width = 800;
    const height = 600;
    const raw = Buffer.alloc(width * height * 3);
    let grain = 7;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const base = x < 600 ? [30, 154, 147] : [244, 242, 237];
        raw.set(
          base.map((v) => {
            grain = (grain * 1103515245 + 12345) % 2147483648;
            return Math.max(0, Math.min(255, v + (grain % 13) - 6));
          }),
          (y * width + x) * 3,
        );
      }
    const png = await sharp(raw, { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer();
    expect(png.length).toBeGreaterThan(100_000);

    await page.goto("/search?category=minimal");
    await page
      .getByLabel("Search by image")
      .setInputFiles({ name: "teal.png", mimeType: "image/png", buffer: png });
    await expect(page).toHaveURL(/[?&]palette=/);
    await expect(page).toHaveURL(/category=minimal/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Styles with this palette");
    const palette = (new URL(page.url()).searchParams.get("palette") as string).split(",");
    const [first, second] = palette.map((entry) => entry.split(":"));
    expect(near(first?.[0] as string, "1e9a93")).toBe(true);
    expect(near(second?.[0] as string, "f4f2ed")).toBe(true);
    expect(Number(first?.[1])).toBeGreaterThan(Number(second?.[1]));
    await expect(
      page.getByRole("list", { name: "The palette searched for" }).getByRole("listitem"),
    ).toHaveCount(palette.length);
    await expect(page.getByRole("link", { name: /^Remove filter: Palette/ })).toBeVisible();
    expectNothingBig(requests);
  });

  test("a picture dropped on the box searches too; a file that is no picture gets a clear message", async ({
    page,
  }) => {
    const requests = watchRequests(page);
    await page.goto("/search");
    const box = page.locator(".image-search");
    await expect(page.getByLabel("Search by image")).toBeEnabled();

    const dropped = await page.evaluateHandle(async () => {
      // a large red and blue picture drawn here, in the page: no file comes from anywhere
      const canvas = document.createElement("canvas");
      canvas.width = 2400;
      canvas.height = 1600;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.fillStyle = "#d8352f";
      context.fillRect(0, 0, 2400, 1600);
      context.fillStyle = "#3f6fb8";
      context.fillRect(1600, 0, 800, 1600);
      const blob = await new Promise<Blob>((resolve) =>
        canvas.toBlob((b) => resolve(b as Blob), "image/png"),
      );
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], "dropped.png", { type: "image/png" }));
      return transfer;
    });
    await box.dispatchEvent("dragover", { dataTransfer: dropped });
    await box.dispatchEvent("drop", { dataTransfer: dropped });
    await expect(page).toHaveURL(/\/search\?palette=/);
    const first = new URL(page.url()).searchParams.get("palette")?.split(",")[0]?.split(":")[0] as string;
    expect(near(first, "d8352f")).toBe(true);

    await page
      .getByLabel("Search by image")
      .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") });
    await expect(page.getByRole("status").filter({ hasText: "is not a picture" })).toBeVisible();
    await page
      .getByLabel("Search by image")
      .setInputFiles({ name: "broken.png", mimeType: "image/png", buffer: Buffer.from("not really a png") });
    await expect(page.getByRole("status").filter({ hasText: "could not read “broken.png”" })).toBeVisible();
    await expect(page).toHaveURL(/\/search\?palette=/);
    expectNothingBig(requests);
  });
});

test.describe("Surprise me", () => {
  test("a visitor lands on a free style; /surprise redirects, never stored", async ({ page, request }) => {
    const free = await allSlugs(page, "tier=free");
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Surprise me" }).click();
    await expect(page).toHaveURL(/\/styles\/[a-z0-9-]+$/);
    expect(free.has(new URL(page.url()).pathname.split("/").at(-1) as string)).toBe(true);
    await expect(page.getByTestId("recipe-text")).toBeVisible();

    const drawn = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const answer = await request.get("/surprise", { maxRedirects: 0 });
      expect(answer.status()).toBe(307);
      expect(answer.headers()["cache-control"]).toBe("private, no-store");
      const slug = answer.headers().location?.match(/^\/styles\/([a-z0-9-]+)$/)?.[1] as string;
      expect(free.has(slug), slug).toBe(true);
      drawn.add(slug);
    }
    expect(drawn.size).toBeGreaterThan(1);
  });

  test("a Pro member's browser draws from every style with the member's token", async ({
    page,
    context,
    request,
  }) => {
    await signedIn(context, await newMember(request, { pro: true }));
    await page.goto("/pricing");
    await expect(page.getByRole("link", { name: "Pro plan: your account" })).toBeVisible();
    const asked = page.waitForRequest((r) => r.url().includes("/api/styles?sort=random"));
    await page.getByRole("banner").getByRole("link", { name: "Surprise me" }).click();
    const draw = await asked;
    const url = new URL(draw.url());
    expect(url.searchParams.get("seed")).toMatch(/^[a-z0-9]{1,12}$/);
    expect(url.searchParams.get("limit")).toBe("1");
    expect(url.searchParams.has("tier")).toBe(false);
    expect(await draw.headerValue("authorization")).toMatch(/^Bearer /);
    await expect(page).toHaveURL(/\/styles\/[a-z0-9-]+$/);
  });

  test.describe("on a 390 px phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("it is an icon that fits the header", async ({ page }) => {
      await page.goto("/search?q=neon+city&category=cinematic&tier=free&sort=newest&color=teal");
      const link = page.getByRole("banner").getByRole("link", { name: "Surprise me" });
      await expect(link).toBeVisible();
      expect((await link.boundingBox())?.width).toBeLessThan(48);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

test("a search that finds nothing offers the nearest words, keeping the filters", async ({ page }) => {
  await page.goto("/search?q=wtercolr&tier=free");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("No styles found for “wtercolr”");
  const suggestions = page.locator(".suggestions");
  await expect(suggestions).toContainText("Did you mean:");
  await suggestions.getByRole("link", { name: "watercolor" }).click();
  await expect(page).toHaveURL(/\/search\?q=watercolor&tier=free$/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(/^\d+ styles?$/);
});
