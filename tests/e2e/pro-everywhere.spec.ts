import { expect, type Page, test } from "@playwright/test";
import { framesWith, layoutShift, newMember, signedIn, watchFrames, whatShifted } from "./support/members";

const LOCKS = ".card-lock, .recipe-locked, .lock-icon";
const PLACEHOLDERS = ".card-recipe-pending, .recipe-pending";

const WATCHED = { lock: LOCKS, placeholder: PLACEHOLDERS };

/** Every card shown in `grid` shows a recipe with its Copy, and nothing is locked or still waiting. */
async function everyCardHasItsRecipe(page: Page, grid: string) {
  const cards = page.locator(`${grid} .card:visible`);
  await expect(cards.first()).toBeVisible();
  await expect(page.locator(grid).locator(PLACEHOLDERS)).toHaveCount(0);
  const count = await cards.count();
  await expect(page.locator(`${grid} .card:visible .card-recipe`)).toHaveCount(count);
  await expect(page.locator(`${grid} .card`).getByRole("button", { name: /^Copy recipe of / })).toHaveCount(
    count,
  );
  await expect(page.locator(grid).locator(LOCKS)).toHaveCount(0);
  return count;
}

test.describe("a Pro member gets what they pay for, everywhere", () => {
  test("every grid and page shows Pro recipes, with no lock drawn first and nothing moving", async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signedIn(context, await newMember(request, { pro: true }));
    await watchFrames(context, WATCHED);

    // home, and each page the grid adds as the member scrolls
    await page.goto("/");
    const first = await everyCardHasItsRecipe(page, '[aria-label="Styles"]');
    await expect(page.getByRole("link", { name: "Pro plan: your account" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Pro", exact: true })).toHaveCount(0);
    expect(await layoutShift(page), `layout shift on home: ${await whatShifted(page)}`).toBeLessThan(0.01);
    // scrolling down as a person does: each page the grid adds comes with its recipes
    const cards = page.locator('[aria-label="Styles"] .card');
    for (let i = 0; i < 200 && (await cards.count()) < first + 48; i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(40);
    }
    expect(await cards.count()).toBeGreaterThanOrEqual(first + 48);
    await everyCardHasItsRecipe(page, '[aria-label="Styles"]');
    expect(await framesWith(page, "lock"), "frames with a lock on home").toBe(0);

    // Copy puts the recipe on the clipboard, exactly as the card says it
    const proCard = page.locator('[aria-label="Styles"] .card').nth(1);
    const text = await proCard.locator(".card-code").getAttribute("title");
    await proCard.getByRole("button", { name: /^Copy recipe of / }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // a category, a search, a Pro style with More like this
    for (const [path, grid] of [
      ["/category/cinematic", '[aria-label="Cinematic styles"]'],
      ["/search?tier=pro", '[aria-label="Search results"]'],
    ] as const) {
      await page.goto(path);
      await everyCardHasItsRecipe(page, grid);
      expect(await framesWith(page, "lock"), `frames with a lock on ${path}`).toBe(0);
      expect(await layoutShift(page), `layout shift on ${path}: ${await whatShifted(page)}`).toBeLessThan(
        0.01,
      );
    }
    const proStyle = (await (await request.get("/api/styles?tier=pro&limit=1")).json()).items[0];
    await page.goto(`/styles/${proStyle.slug}`);
    await expect(page.getByTestId("recipe-text")).toContainText("--");
    await everyCardHasItsRecipe(page, '[aria-label="More like this"]');
    expect(await framesWith(page, "lock"), "frames with a lock on a Pro style").toBe(0);
    expect(await layoutShift(page), `layout shift on a Pro style: ${await whatShifted(page)}`).toBeLessThan(
      0.01,
    );

    // Liked: a Pro style's liked image comes with its recipe
    await page
      .getByRole("region", { name: /Images made with/ })
      .getByRole("button", { name: /^Like/ })
      .first()
      .click();
    await page.goto("/liked");
    const group = page.getByRole("region", { name: proStyle.title });
    await expect(group.locator("code")).toContainText("--");
    await expect(group.getByRole("button", { name: `Copy recipe of ${proStyle.title}` })).toBeVisible();
    await expect(group.getByText("Pro recipe")).toHaveCount(0);
  });

  test("a visitor sees locks at once and a free member after their plan is known, never a recipe", async ({
    browser,
    request,
  }) => {
    const visitor = await browser.newContext();
    await watchFrames(visitor, WATCHED);
    const page = await visitor.newPage();
    await page.goto("/");
    await expect(page.locator('[aria-label="Styles"] .card-lock').first()).toBeVisible();
    expect(await framesWith(page, "placeholder"), "frames with a placeholder for a visitor").toBe(0);
    expect(await framesWith(page, "lock"), "frames with a lock for a visitor").toBeGreaterThan(0);
    await expect(page.getByRole("banner").getByRole("link", { name: "Pro", exact: true })).toBeVisible();
    await visitor.close();

    const member = await browser.newContext();
    await signedIn(member, await newMember(request, { pro: false }));
    const free = await member.newPage();
    const recipeRequests: string[] = [];
    free.on("request", (r) => {
      if (r.url().includes("/api/recipes")) recipeRequests.push(r.url());
    });
    await free.goto("/");
    await expect(free.locator('[aria-label="Styles"] .card-lock').first()).toBeVisible();
    await expect(free.locator(PLACEHOLDERS)).toHaveCount(0);
    const locked = await free.locator('[aria-label="Styles"] .card-lock').count();
    expect(locked).toBeGreaterThan(0);
    expect(recipeRequests.length, "one request for the whole grid").toBe(1);
    await expect(free.getByRole("banner").getByRole("link", { name: "Pro", exact: true })).toBeVisible();
    await member.close();
  });

  test("the page itself is the same for everyone: no recipe of a Pro style in a member's HTML", async ({
    request,
  }) => {
    const token = await newMember(request, { pro: true });
    const proStyle = (await (await request.get("/api/styles?tier=pro&limit=1")).json()).items[0];
    const recipe = (
      await (
        await request.get(`/api/recipes?ids=${proStyle.id}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()
    ).recipes[proStyle.id];
    expect(recipe.text).toContain("--");
    const html = await (await request.get(`/styles/${proStyle.slug}`)).text();
    expect(html).not.toContain(recipe.text);
    const answer = await request.get(`/api/recipes?ids=${proStyle.id}`);
    expect(answer.status()).toBe(401);
  });
});

test("a failed request for recipes is asked again, and the member never sees a lock meanwhile", async ({
  page,
  context,
  request,
}) => {
  await signedIn(context, await newMember(request, { pro: true }));
  await watchFrames(context, WATCHED);
  let failed = 0;
  await page.route("**/api/recipes?*", async (route) => {
    if (failed++ === 0) await route.fulfill({ status: 503, body: "{}" });
    else await route.continue();
  });
  await page.goto("/");
  await everyCardHasItsRecipe(page, '[aria-label="Styles"]');
  expect(failed).toBeGreaterThan(1);
  expect(await framesWith(page, "lock")).toBe(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a Pro style's recipe takes the placeholder's place without moving the page", async ({
    page,
    context,
    request,
  }) => {
    await signedIn(context, await newMember(request, { pro: true }));
    await watchFrames(context, WATCHED);
    const proStyle = (await (await request.get("/api/styles?tier=pro&limit=1")).json()).items[0];
    await page.goto(`/styles/${proStyle.slug}`);
    await expect(page.getByTestId("recipe-text")).toContainText("--");
    expect(await framesWith(page, "lock")).toBe(0);
    expect(await layoutShift(page), await whatShifted(page)).toBeLessThan(0.01);
  });
});
