import { type Browser, expect, type Page, test } from "@playwright/test";
import { newMember, signedIn, watchFrames, whatShifted } from "./support/members";

const pages = [
  "/",
  "/category/cinematic",
  "/search?q=neon",
  "/search?q=neon+city&category=cinematic&tier=free&kind=sref&sort=newest&color=teal",
  "/search?palette=1e9a93:50,f4f2ed:30,141414:20&q=neon",
  "/pricing",
  "/privacy",
  "/terms",
  "/no-such-page",
];

/** Keeps every layout shift not caused by input in `window.__shifts`, from the first paint on. */
function recordShifts() {
  const shifts: number[] = [];
  (window as unknown as { __shifts: number[] }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) shifts.push(entry.value);
    }
  }).observe({ type: "layout-shift", buffered: true });
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("no page scrolls sideways", async ({ page, request }) => {
    const list = await (await request.get("/api/styles?limit=2")).json();
    for (const path of [...pages, `/styles/${list.items[0].slug}`, `/styles/${list.items[1].slug}`]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("on a 1440 px desktop", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("no page scrolls sideways", async ({ page }) => {
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });

  test("the home grid does not shift while its images load", async ({ page }) => {
    await page.addInitScript(recordShifts);
    await page.goto("/", { waitUntil: "load" });
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(1000);
    const cls = await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
    );
    expect(cls).toBeLessThan(0.01);
  });

  test("a heading font that arrives late moves nothing", async ({ page, request }) => {
    const list = await (await request.get("/api/styles?limit=1")).json();
    await page.route(/\.woff2$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.addInitScript(recordShifts);
    for (const path of ["/", "/category/cinematic", "/search?q=neon", `/styles/${list.items[0].slug}`]) {
      await page.goto(path, { waitUntil: "load" });
      // the heading font itself (next/font names the family after its export), not its fallback
      await page.waitForFunction(() =>
        [...document.fonts].some(
          (font) => font.family.replaceAll('"', "") === "fraunces" && font.status === "loaded",
        ),
      );
      await page.waitForTimeout(200);
      const cls = await page.evaluate(() =>
        (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
      );
      expect(cls, `${path} shifted by ${cls}`).toBeLessThan(0.005);
    }
  });

  test("every image has known dimensions and a placeholder", async ({ page }) => {
    await page.goto("/");
    const images = await page.locator("main img").evaluateAll((nodes) =>
      nodes.map((n) => ({
        w: n.getAttribute("width"),
        h: n.getAttribute("height"),
        bg: (n as HTMLElement).style.backgroundImage,
      })),
    );
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(Number(image.w)).toBeGreaterThan(0);
      expect(Number(image.h)).toBeGreaterThan(0);
      expect(image.bg).toContain("data:image/");
    }
  });
});

/**
 * The header as a visitor and as a Pro member see it: at each width nothing in it moves while
 * the browser learns who is here ("Sign in" becoming "Account", "Pro" becoming the plan badge),
 * and it stays inside the page's margins.
 */
async function headerHoldsStill(browser: Browser, token: string, widths: readonly number[], phone: boolean) {
  for (const who of ["visitor", "Pro member"] as const) {
    const context = await browser.newContext({ isMobile: phone, hasTouch: phone });
    if (who === "Pro member") await signedIn(context, token);
    await watchFrames(context, {});
    const page: Page = await context.newPage();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto("/");
      const settled = page
        .getByRole("banner")
        .getByRole("link", { name: who === "visitor" ? "Sign in" : "Pro plan: your account" });
      await expect(settled).toBeVisible();
      await page.waitForTimeout(300);
      const moved = await whatShifted(page);
      expect(moved, `${who} at ${width} px`).not.toContain(" in header");
      const room = await page.evaluate(() => {
        const margin = Number.parseFloat(
          getComputedStyle(document.querySelector(".header-row") as Element).paddingRight,
        );
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          navPastMargin:
            (document.querySelector(".header-nav") as Element).getBoundingClientRect().right -
            (window.innerWidth - margin),
        };
      });
      expect(room.overflow, `${who} at ${width} px: the page scrolls sideways`).toBeLessThanOrEqual(0);
      expect(
        room.navPastMargin,
        `${who} at ${width} px: the header runs into the margin`,
      ).toBeLessThanOrEqual(0.5);
    }
    await context.close();
  }
}

test("on phones from 320 to 390 px, the header holds still and inside its margins", async ({
  browser,
  request,
}) => {
  await headerHoldsStill(browser, await newMember(request, { pro: true }), [320, 360, 375, 390], true);
});

test("on a 1440 px desktop, the header holds still and inside its margins", async ({ browser, request }) => {
  await headerHoldsStill(browser, await newMember(request, { pro: true }), [1440], false);
});
