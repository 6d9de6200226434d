import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { layoutShift, watchFrames, whatShifted } from "./support/members";
import { slowLink } from "./support/slow-link";

/** About what a weak mobile signal brings: a TCP packet's worth, then a pause. */
const WEAK_SIGNAL = { bytes: 1400, pauseMs: 25 };

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width} px, pages arriving piece by piece over a slow link move nothing as they come`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(90_000);
    const link = await slowLink(baseURL, WEAK_SIGNAL);
    const style = (await (await request.get("/api/styles?limit=1")).json()).items[0];
    const context = await browser.newContext({ viewport, baseURL: link.url });
    await watchFrames(context, {});
    try {
      for (const path of ["/", "/search?tier=pro", `/styles/${style.slug}`]) {
        const page = await context.newPage();
        await page.goto(path, { waitUntil: "load" });
        await page.waitForLoadState("networkidle");
        expect(await layoutShift(page), `layout shift on ${path}: ${await whatShifted(page)}`).toBeLessThan(
          0.01,
        );
        await page.close();
      }
    } finally {
      await context.close();
      await link.close();
    }
  });
}
