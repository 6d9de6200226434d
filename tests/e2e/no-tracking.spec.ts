import { readFileSync } from "node:fs";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signInWithCode } from "./support/sign-in";

/** What mjpro may keep in a browser (DESIGN.md, Promises): the token, the likes and their sync queue. */
const ALLOWED_STORAGE = [
  "mjpro.likes",
  "mjpro.likesQueue",
  "mjpro.boards",
  "mjpro.boardsQueue",
  "mjpro.subject",
  "mjpro.blend",
  "mjpro.token",
];
const OWN_ORIGIN = new URL(baseURL).origin;

/** After every step: no cookie in the context or the page, and nothing but mjpro's own keys in storage. */
async function expectNothingKept(page: Page, context: BrowserContext, step: string) {
  expect(await context.cookies(), `cookies after ${step}`).toEqual([]);
  const kept = await page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  expect(kept.cookie, `document.cookie after ${step}`).toBe("");
  expect(kept.session, `sessionStorage after ${step}`).toEqual([]);
  for (const key of kept.local) expect(ALLOWED_STORAGE, `localStorage key after ${step}`).toContain(key);
}

test("every flow: no cookie, no request to another origin, nothing stored but token, likes and queue", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  const origins = new Set<string>();
  context.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol === "http:" || url.protocol === "https:") origins.add(url.origin);
    else if (url.protocol !== "blob:" && url.protocol !== "data:") origins.add(url.protocol);
  });
  const free = (await (await request.get("/api/styles?tier=free&limit=1")).json()).items[0];
  const pro = (await (await request.get("/api/styles?tier=pro&limit=1")).json()).items[0];

  // browse: home, a category, search, a style page and its lightbox
  await page.goto("/");
  await page.getByRole("link", { name: free.title }).first().waitFor({ state: "attached" });
  await expectNothingKept(page, context, "home");
  await page.goto(`/category/${free.category}`);
  await page.goto(`/search?q=${encodeURIComponent(free.title.split(" ")[0])}`);
  await page.goto(`/styles/${free.slug}`);
  const gallery = page.getByRole("region", { name: /Images made with/ });
  await gallery.getByRole("button", { name: /^Open image 1/ }).click();
  await page.keyboard.press("Escape");
  await expectNothingKept(page, context, "browsing");

  // like without an account
  await gallery
    .getByRole("button", { name: /^Like image/ })
    .first()
    .click();
  await expect(gallery.getByRole("button", { name: /^Unlike image/ })).toHaveCount(1);
  await expectNothingKept(page, context, "a like");

  // sign in (the like joins the account), and the Liked page
  const email = `private-${Date.now()}@example.com`;
  await signInWithCode(page, email);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await expectNothingKept(page, context, "sign-in");
  await page.goto("/liked");
  await expect(page.getByText(free.title).first()).toBeVisible();

  // upgrade in the local checkout and open a Pro recipe
  await page.goto(`/styles/${pro.slug}`);
  await page.getByRole("link", { name: "Upgrade to Pro" }).click();
  await page.getByRole("button", { name: /Upgrade monthly/ }).click();
  await page.getByRole("button", { name: "Pay (test, no charge)" }).click();
  await expect(page.getByTestId("plan-status")).toContainText("Pro is active until");
  await page.goto(`/styles/${pro.slug}`);
  await expect(page.getByTestId("recipe-text")).toBeVisible();
  await expectNothingKept(page, context, "upgrade");

  // export, then delete
  await page.goto("/account");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export my data" }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
  expect(exported.likes).toHaveLength(1);
  expect(exported.subscription.status).toBe("active");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByText("Your account is deleted")).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/" && url.search === "");
  await expectNothingKept(page, context, "deletion");
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  expect([...origins]).toEqual([OWN_ORIGIN]);
});
