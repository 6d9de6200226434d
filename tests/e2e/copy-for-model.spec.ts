import { expect, test } from "@playwright/test";
import { parametersOnly, type Recipe, writeRecipe } from "../../src/domain/catalog/recipe";

interface ListedStyle {
  slug: string;
  title: string;
  model?: string;
  recipe?: Recipe;
}

const written = (recipe: Recipe, model: Parameters<typeof writeRecipe>[1]) => {
  const result = writeRecipe(recipe.spec, model);
  if (!result.ok) throw new Error(result.reason);
  return result.recipe;
};

test("Copy for my model: a V6 code copies for V8.2 with --sv 4, says it cannot work on V5.2, and the choice stays", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const list = await (await request.get("/api/styles?tier=free&kind=sref&limit=60")).json();
  const style = (list.items as ListedStyle[]).find((s) => s.model === "v6" || s.model === "v6.1");
  if (!style?.recipe) throw new Error("the demo catalog has no free V6 sref style");
  const forV82 = written(style.recipe, "v8.2");
  expect(forV82.text).toContain("--v 8.2 --sv 4");

  await page.goto(`/styles/${style.slug}`);
  await expect(page.getByTestId("works-on")).toContainText("V8.2 with --sv 4");
  await expect(page.getByTestId("works-on")).toContainText("V7 with --sv 4");
  await expect(page.getByTestId("recipe-text")).toHaveText(style.recipe.text);

  await page.getByLabel("Copy for").selectOption("v8.2");
  await expect(page.getByTestId("recipe-text")).toHaveText(forV82.text);
  await expect(page.getByRole("list", { name: "Written for V8.2" })).toContainText("with --sv 4");
  await page.getByRole("button", { name: "Copy recipe", exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(forV82.text);

  await page.getByRole("button", { name: "Copy parameters only of recipe" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(parametersOnly(forV82));

  await page.getByLabel("Copy for").selectOption("v5.2");
  await expect(page.getByTestId("recipe-text")).toContainText(
    "This recipe cannot work on V5.2: V5.2 reads no style-reference codes",
  );
  await expect(page.getByRole("button", { name: "Copy recipe", exact: true })).toHaveCount(0);
  await expect(page.locator(".recipe-panel .copy-refused")).toHaveText(
    /^Not on V5.2: V5.2 reads no style-reference codes/,
  );

  // kept in this browser: a card on another page copies for the same model
  await page.getByLabel("Copy for").selectOption("v8.2");
  await page.goto(`/search?q=${encodeURIComponent(style.title)}`);
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await page.getByRole("button", { name: `Copy recipe of ${style.title}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(forV82.text);
});

test("Copy prompt only gives a prompt recipe's words with my subject, and no parameters", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const list = await (await request.get("/api/styles?tier=free&kind=prompt&limit=5")).json();
  const style = list.items[0] as ListedStyle;
  if (!style.recipe?.prompt || !style.recipe.subject) throw new Error("no free prompt recipe with a subject");
  await page.goto(`/styles/${style.slug}`);
  await page.getByLabel("Your subject").fill("a red fox in the snow");
  await page.getByRole("button", { name: "Copy prompt only of recipe" }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(style.recipe.prompt.replace(style.recipe.subject, "a red fox in the snow"));
  expect(copied).not.toContain("--");
});

test("search's Works on finds the styles a model can take, not only those tested on it", async ({
  request,
}) => {
  const answer = async (query: string) =>
    (await (await request.get(`/api/styles?limit=60&${query}`)).json()).items as ListedStyle[];
  // V5.2 reads no codes: only prompt recipes work there, though the demo tests none on it
  const onV52 = await answer("model=v5.2&tier=free");
  expect(onV52.length).toBeGreaterThan(0);
  for (const style of onV52) expect(style.recipe?.kind).toBe("prompt");
  expect(await answer("model=v5.2&kind=sref")).toEqual([]);
  const onV82 = await answer("model=v8.2");
  expect(onV82.some((s) => s.model !== "v8.2")).toBe(true);
  const refused = await request.get("/api/styles?model=v9");
  expect(refused.status()).toBe(400);
});
