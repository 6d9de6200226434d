import { expect, type Page, test } from "@playwright/test";

interface ApiStyle {
  id: string;
  slug: string;
  title: string;
  images: { id: string; alt: string }[];
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
});
