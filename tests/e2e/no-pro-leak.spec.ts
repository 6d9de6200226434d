import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { buildRecipe, recipeSpec } from "../../src/domain/catalog/recipe";
import { catalogFileSchema } from "../../src/domain/catalog/schema";

/** Every string that would reveal a Pro recipe: its full text, its code and its prompt. */
function proSecrets(): string[] {
  const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
  const secrets = new Set<string>();
  for (const style of catalog.styles.filter((s) => s.tier === "pro")) {
    const recipe = buildRecipe(recipeSpec(style));
    secrets.add(recipe.text);
    if (recipe.code) secrets.add(recipe.code);
    if (recipe.prompt) secrets.add(recipe.prompt);
    // bare codes as a raw record would carry them: long ones alone, short ones quoted as in JSON
    if (style.recipe.kind === "sref") {
      for (const code of style.recipe.codes) {
        const digits = code.split("::")[0] ?? code;
        secrets.add(digits.length >= 8 ? digits : `"${digits}"`);
        secrets.add(`"${code}"`);
      }
    }
    if (style.recipe.kind === "moodboard") secrets.add(style.recipe.code);
  }
  return [...secrets];
}

/** Undo the escaping a secret could hide behind in HTML, JSON or an RSC payload. */
function unescapeBody(body: string): string {
  return body
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\\"/g, '"')
    .replace(/\\u0026/g, "&")
    .replace(/\\\\/g, "\\");
}

class LeakScanner {
  readonly scanned = new Set<string>();
  readonly leaks: string[] = [];
  constructor(private readonly secrets: string[]) {}

  check(url: string, body: string) {
    this.scanned.add(url);
    const plain = unescapeBody(body);
    for (const secret of this.secrets) {
      if (body.includes(secret) || plain.includes(secret)) this.leaks.push(`${url} contains "${secret}"`);
    }
  }

  async fetch(request: APIRequestContext, url: string, headers?: Record<string, string>): Promise<string> {
    const response = await request.get(url, { headers });
    const body = await response.text();
    this.check(url + (headers ? " (rsc)" : ""), body);
    return body;
  }
}

test("an anonymous crawl of every page, JS chunk and API response finds no Pro recipe", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const secrets = proSecrets();
  expect(secrets.length).toBeGreaterThan(50);
  const scanner = new LeakScanner(secrets);

  const sitemap = await scanner.fetch(request, "/sitemap.xml");
  const pagePaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
  expect(pagePaths.length).toBeGreaterThan(120);
  pagePaths.push(
    "/search?tier=pro",
    "/search?q=noir",
    "/search?ar=16:9&tier=pro",
    "/no-such-page",
    "/robots.txt",
  );

  const scripts = new Set<string>();
  for (const pagePath of pagePaths) {
    const html = await scanner.fetch(request, pagePath);
    for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) if (match[1]) scripts.add(match[1]);
    // the "Load more" link leads to the next page for browsers without JavaScript
    const more = html.match(/href="(\?[^"]*cursor=[^"]+)"/);
    if (more?.[1] && !pagePath.includes("cursor=")) {
      const base = pagePath.split("?")[0];
      await scanner.fetch(request, `${base}${more[1].replace(/&amp;/g, "&")}`);
    }
  }
  for (const pagePath of pagePaths.filter((p) => p.startsWith("/styles/")).slice(0, 20)) {
    await scanner.fetch(request, pagePath, { RSC: "1" });
  }

  const staticDir = ".next/static";
  const staticFiles = readdirSync(staticDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|css|json)$/.test(entry.name))
    .map((entry) => `/_next/static/${path.relative(staticDir, path.join(entry.parentPath, entry.name))}`);
  for (const file of new Set([...scripts, ...staticFiles])) await scanner.fetch(request, file);

  for (const query of ["", "tier=pro&", "q=neon&", "category=cinematic&"]) {
    let cursor: string | null = null;
    do {
      const body = await scanner.fetch(
        request,
        `/api/styles?${query}limit=60${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const page = JSON.parse(body) as {
        items: { id: string; tier: string; recipe?: unknown }[];
        nextCursor: string | null;
      };
      for (const item of page.items) if (item.tier === "pro") expect(item.recipe).toBeUndefined();
      cursor = page.nextCursor;
    } while (cursor);
  }
  const all = JSON.parse(await scanner.fetch(request, "/api/styles?limit=60&tier=pro")) as {
    items: { id: string }[];
  };
  for (const item of all.items) await scanner.fetch(request, `/api/styles/${item.id}`);

  expect(scanner.scanned.size).toBeGreaterThan(200);
  expect(scanner.leaks).toEqual([]);
});

test("a browser visiting Pro styles receives no Pro recipe in any response", async ({ page, request }) => {
  const secrets = proSecrets();
  const scanner = new LeakScanner(secrets);
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/text|json|javascript|x-component/.test(type)) return;
    pending.push(
      response
        .text()
        .then((body) => scanner.check(response.url(), body))
        .catch(() => undefined),
    );
  });
  const pro = (await (await request.get("/api/styles?tier=pro&limit=3")).json()) as {
    items: { slug: string }[];
  };
  await page.goto("/");
  await page.getByRole("link", { name: "Load more styles" }).click();
  await expect(page.locator("article.card")).toHaveCount(48);
  for (const style of pro.items) {
    await page.goto(`/styles/${style.slug}`);
    await page
      .getByRole("region", { name: /Images made with/ })
      .getByRole("button")
      .first()
      .click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Escape");
  }
  await page.goto("/search?tier=pro");
  await page.locator("article.card .card-title a").first().click();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  expect(scanner.scanned.size).toBeGreaterThan(10);
  expect(scanner.leaks).toEqual([]);
});
