import { expect, type Page, test } from "@playwright/test";

interface ApiStyle {
  id: string;
  slug: string;
  title: string;
  images: { id: string; alt: string; prompt?: string }[];
  recipe?: { kind: string; code?: string; text: string };
}

async function stylesFrom(page: Page, query: string): Promise<ApiStyle[]> {
  return (await (await page.request.get(`/api/styles?${query}`)).json()).items;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rows of boxes, top to bottom, as a reader sees them. */
function rowsOf(boxes: Box[]): Box[][] {
  const rows: Box[][] = [];
  for (const box of [...boxes].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs((r[0] as Box).y - box.y) < 2);
    if (row) row.push(box);
    else rows.push([box]);
  }
  return rows;
}

test.describe("on a 1440 px desktop", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("in the lightbox → goes to the image to the right, or the first of the next row", async ({ page }) => {
    const style = (await stylesFrom(page, "limit=60")).find((s) => s.images.length >= 6) as ApiStyle;
    await page.goto(`/styles/${style.slug}`);
    const gallery = page.getByRole("region", { name: /Images made with/ });
    const total = style.images.length;
    const boxes = new Map(
      await gallery.locator("img").evaluateAll((images) =>
        images.map((img) => {
          const box = img.getBoundingClientRect();
          return [
            img.getAttribute("alt") ?? "",
            { x: box.x, y: box.y, width: box.width, height: box.height },
          ] as const;
        }),
      ),
    );
    expect(boxes.size).toBe(total);

    await gallery.getByRole("button", { name: /^Open image 1 of/ }).click();
    const dialog = page.getByRole("dialog");
    let previous = boxes.get(style.images[0]?.alt as string) as Box;
    for (let shown = 2; shown <= total; shown++) {
      await page.keyboard.press("ArrowRight");
      await expect(dialog.locator(".lightbox-caption")).toContainText(`${shown} / ${total}`);
      const next = boxes.get((await dialog.locator("img").getAttribute("alt")) as string) as Box;
      const sameRowToTheRight = Math.abs(next.y - previous.y) < 2 && next.x > previous.x;
      const startOfNextRow = next.y >= previous.y + previous.height - 1 && next.x <= previous.x;
      expect(sameRowToTheRight || startOfNextRow, `image ${shown} follows image ${shown - 1}`).toBe(true);
      previous = next;
    }
  });

  test("the lightbox shows the blurred placeholder at once, where the image will be", async ({ page }) => {
    const style = (await stylesFrom(page, "limit=1"))[0] as ApiStyle;
    await page.goto(`/styles/${style.slug}`);
    await page.waitForLoadState("load");
    // the big renditions take their time, as on a slow phone network
    await page.route(/\/(_next\/image|media)\b/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.continue().catch(() => undefined);
    });
    await page
      .getByRole("region", { name: /Images made with/ })
      .getByRole("button", { name: /^Open image 2 of/ })
      .click();
    const image = page.getByRole("dialog").locator("img");
    await expect(image).toBeVisible({ timeout: 1000 });
    const shown = await image.evaluate((element) => {
      const img = element as HTMLImageElement;
      const box = img.getBoundingClientRect();
      return {
        complete: img.complete && img.naturalWidth > 0,
        background: getComputedStyle(img).backgroundImage,
        width: box.width,
        height: box.height,
        ratio: img.width / img.height,
        attributeRatio: Number(img.getAttribute("width")) / Number(img.getAttribute("height")),
      };
    });
    expect(shown.complete, "the big image is still on its way").toBe(false);
    expect(shown.background).toContain("data:image/");
    expect(shown.width).toBeGreaterThan(200);
    expect(shown.height).toBeGreaterThan(200);
    expect(Math.abs(shown.ratio - shown.attributeRatio)).toBeLessThan(0.02);
  });

  test("the image viewer shows each image's subject prompt beside it", async ({ page }) => {
    const style = (await stylesFrom(page, "tier=pro&limit=40")).find((s) =>
      s.images.every((image) => image.prompt),
    ) as ApiStyle;
    await page.goto(`/styles/${style.slug}`);
    await page
      .getByRole("region", { name: /Images made with/ })
      .getByRole("button", { name: /^Open image 2 of/ })
      .click();
    const prompt = page.getByRole("dialog").locator(".lightbox-prompt");
    await expect(prompt).toHaveText(`Prompt ${style.images[1]?.prompt}`);
    await page.keyboard.press("ArrowRight");
    await expect(prompt).toHaveText(`Prompt ${style.images[2]?.prompt}`);
  });

  test("More like this fills whole rows", async ({ page }) => {
    await expectFullRows(page, 5);
  });
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a recipe never breaks inside a flag and its value", async ({ page }) => {
    // one page per free recipe: the recipe's text lays out before any image arrives
    test.setTimeout(150_000);
    const styles = (await stylesFrom(page, "tier=free&limit=40")).filter((s) => s.recipe);
    expect(styles.length).toBeGreaterThan(20);
    for (const style of styles) {
      await page.goto(`/styles/${style.slug}`, { waitUntil: "domcontentloaded" });
      const recipe = page.getByTestId("recipe-text");
      await expect(recipe).toHaveText(style.recipe?.text as string);
      const broken = await recipe.evaluate((element) => {
        // the line each character sits on, by its top
        const tops: number[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? "").length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            tops.push(Math.round(range.getBoundingClientRect().top));
          }
        }
        const text = element.textContent ?? "";
        return [...text.matchAll(/--\S+ \S+/g)]
          .filter((match) => {
            const start = match.index ?? 0;
            return new Set(tops.slice(start, start + match[0].length)).size > 1;
          })
          .map((match) => match[0]);
      });
      expect(broken, `${style.slug}: "${style.recipe?.text}"`).toEqual([]);
    }
  });

  test("card codes show whole codes, never cut mid-number", async ({ page }) => {
    await page.goto("/search?tier=free");
    const styles = await stylesFrom(page, "tier=free&limit=24");
    const coded = styles.flatMap((s) => (s.recipe?.code ? [{ ...s, code: s.recipe.code }] : []));
    expect(coded.length).toBeGreaterThan(4);
    for (const style of coded) {
      const code = page.locator(`[data-style-id="${style.id}"] .card-code`);
      await code.scrollIntoViewIfNeeded();
      const shown = await code.evaluate((element) => ({
        text: element.textContent ?? "",
        hidden:
          element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
      }));
      expect(shown.hidden, `${style.slug}: "${shown.text}" is cut`).toBe(false);
      // the flag, then whole codes of this style, then perhaps "+N" for more
      const [flag, ...codes] = style.code.split(" ");
      const [shownFlag, ...shownCodes] = shown.text.trim().split(/\s+/);
      expect(shownFlag).toBe(flag);
      const whole = shownCodes.filter((word) => !/^\+\d+$/.test(word));
      expect(whole.length).toBeGreaterThan(0);
      for (const word of whole) expect(codes).toContain(word);
    }
  });

  test("More like this fills whole rows", async ({ page }) => {
    await expectFullRows(page, 2);
  });
});

async function expectFullRows(page: Page, columns: number) {
  const styles = await stylesFrom(page, "limit=10");
  for (const style of styles) {
    await page.goto(`/styles/${style.slug}`);
    const cards = page.getByRole("region", { name: "More like this" }).locator("article");
    const boxes = (await cards.evaluateAll((nodes) =>
      nodes
        .map((node) => node.getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map((box) => ({ x: box.x, y: box.y + window.scrollY, width: box.width, height: box.height })),
    )) as Box[];
    const rows = rowsOf(boxes);
    expect(rows.length, style.slug).toBeGreaterThan(0);
    for (const row of rows) expect(row.length, `${style.slug}: a row of More like this`).toBe(columns);
  }
}
