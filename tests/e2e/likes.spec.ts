import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInWithCode } from "./support/sign-in";
import { SEND_WINDOW_SECONDS } from "./support/test-server";

async function signIn(page: Page, email: string, options: { newAccount?: boolean } = {}) {
  await signInWithCode(page, email, "/liked", options);
  // the path, not the URL: "/signin?next=/liked" also ends in "/liked"
  await expect(page).toHaveURL((url) => url.pathname === "/liked");
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  return context.newPage();
}

const likedCells = (page: Page) => page.locator(".liked-cell");

test("likes stay in the browser, join the account on sign-in, and sync across devices", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const email = `likes-${Date.now()}@example.com`;
  const free = (await (await request.get("/api/styles?tier=free&limit=10")).json()).items.find(
    (s: { images: unknown[] }) => s.images.length >= 3,
  );

  // device B signs in first; the per-email-and-client send window then lets A sign in later
  const b = await newPage(browser);
  await signIn(b, email);
  const bSignedInAt = Date.now();
  await expect(b.getByText("No likes yet.")).toBeVisible();

  // device A likes three images without an account
  const a = await newPage(browser);
  await a.goto(`/styles/${free.slug}`);
  const gallery = a.getByRole("region", { name: /Images made with/ });
  for (let i = 0; i < 3; i++)
    await gallery
      .getByRole("button", { name: /^Like image/ })
      .first()
      .click();
  await expect(gallery.getByRole("button", { name: /^Unlike image/ })).toHaveCount(3);
  await a.reload();
  await expect(
    a.getByRole("region", { name: /Images made with/ }).getByRole("button", { name: /^Unlike image/ }),
  ).toHaveCount(3);
  expect(await a.evaluate(() => Object.keys(localStorage).sort())).toEqual(["mjpro.likes"]);

  await a.waitForTimeout(Math.max(0, (SEND_WINDOW_SECONDS + 1) * 1000 - (Date.now() - bSignedInAt)));
  await signIn(a, email, { newAccount: false });
  await expect(likedCells(a)).toHaveCount(3);

  // B sees the three on its next load, and unlikes one
  await b.reload();
  await expect(likedCells(b)).toHaveCount(3);
  await likedCells(b)
    .first()
    .getByRole("button", { name: /^Unlike image/ })
    .click();
  await expect(likedCells(b)).toHaveCount(2);
  await expect.poll(() => b.evaluate(() => localStorage.getItem("mjpro.likesQueue"))).toBeNull();

  // A sees two after a reload
  await a.reload();
  await expect(likedCells(a)).toHaveCount(2);

  // copy and export on the Liked page
  await a.getByRole("button", { name: "Copy all recipes" }).click();
  expect(await a.evaluate(() => navigator.clipboard.readText())).toBe(`${free.title}: ${free.recipe.text}`);
  const [json] = await Promise.all([
    a.waitForEvent("download"),
    a.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await json.path()) as string, "utf8"));
  expect(exported.likes).toHaveLength(2);
  expect(
    exported.likes.every(
      (l: { styleId: string; recipe: string }) => l.styleId === free.id && l.recipe === free.recipe.text,
    ),
  ).toBe(true);
  const [csv] = await Promise.all([
    a.waitForEvent("download"),
    a.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const csvLines = readFileSync((await csv.path()) as string, "utf8")
    .trimEnd()
    .split("\r\n");
  expect(csvLines).toHaveLength(3);
  expect(csvLines[0]).toBe("imageId,likedAt,styleId,styleTitle,imageAlt,recipe");
  const [text] = await Promise.all([
    a.waitForEvent("download"),
    a.getByRole("button", { name: "Export text" }).click(),
  ]);
  expect(readFileSync((await text.path()) as string, "utf8")).toContain(free.title);
});

test("the lightbox likes with the l key", async ({ page, request }) => {
  const style = (await (await request.get("/api/styles?limit=1")).json()).items[0];
  await page.goto(`/styles/${style.slug}`);
  await page
    .getByRole("region", { name: /Images made with/ })
    .getByRole("button", { name: /Open image 1/ })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: `Like image 1 of ${style.title}` })).toBeVisible();
  await page.keyboard.press("l");
  await expect(dialog.getByRole("button", { name: `Unlike image 1 of ${style.title}` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(
    page.getByRole("region", { name: /Images made with/ }).getByRole("button", { name: /^Unlike image/ }),
  ).toHaveCount(1);
});

test("a like made while the store is down waits in the queue, survives a reload and is sent later", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = `queue-${Date.now()}@example.com`;
  await signIn(page, email);
  const style = (await (await page.request.get("/api/styles?limit=2")).json()).items[1];
  // the store is down: every likes call answers 503 as the API does then
  await page.route("**/api/likes**", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: '{"error":{"code":"store_unavailable","message":"down"}}',
    }),
  );
  await page.goto(`/styles/${style.slug}`);
  await page
    .getByRole("region", { name: /Images made with/ })
    .getByRole("button", { name: /^Like image/ })
    .first()
    .click();
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("mjpro.likesQueue") ?? "[]").length))
    .toBe(1);
  await page.reload();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("mjpro.likesQueue") ?? "[]").length)).toBe(
    1,
  );

  // back up: the next load sends the queue
  await page.unroute("**/api/likes**");
  await page.reload();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("mjpro.likesQueue"))).toBeNull();
  const token = await page.evaluate(() => localStorage.getItem("mjpro.token"));
  const stored = await (
    await page.request.get("/api/likes", { headers: { authorization: `Bearer ${token}` } })
  ).json();
  expect(stored.likes.map((l: { imageId: string }) => l.imageId)).toEqual([style.images[0].id]);
});
