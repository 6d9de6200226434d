import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET as listStyles } from "@/app/api/styles/route";
import { catalogFileSchema } from "@/domain/catalog/schema";

const catalogFile = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const byId = new Map(catalogFile.styles.map((style) => [style.id, style]));

interface ListBody {
  items: { id: string; publishedAt: string }[];
  nextCursor: string | null;
  suggestions?: string[];
  error?: { code: string; message: string };
}

async function list(query: string): Promise<{ status: number; body: ListBody }> {
  const response = await listStyles(new Request(`http://localhost/api/styles${query}`));
  return { status: response.status, body: (await response.json()) as ListBody };
}

/** Every id of a search, page after page. */
async function allIds(query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const { status, body }: { status: number; body: ListBody } = await list(
      `${query}&limit=25${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(status).toBe(200);
    ids.push(...body.items.map((item) => item.id));
    cursor = body.nextCursor;
  } while (cursor);
  return ids;
}

describe("GET /api/styles discovery parameters", () => {
  it("filters by recipe kind", async () => {
    for (const kind of ["sref", "moodboard", "prompt"] as const) {
      const ids = await allIds(`?kind=${kind}`);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => byId.get(id)?.recipe.kind === kind)).toBe(true);
      expect(ids).toHaveLength(catalogFile.styles.filter((s) => s.recipe.kind === kind).length);
    }
  });

  it("orders by a seed: the same seed the same order, another seed another, every style once", async () => {
    const first = await allIds("?sort=random&seed=abc");
    expect(await allIds("?sort=random&seed=abc")).toEqual(first);
    const other = await allIds("?sort=random&seed=xyz9");
    expect(other).not.toEqual(first);
    expect(new Set(first).size).toBe(catalogFile.styles.length);
    expect([...other].sort()).toEqual([...first].sort());
  });

  it("refuses a random order without a seed, and a cursor of another seed", async () => {
    const noSeed = await list("?sort=random");
    expect(noSeed.status).toBe(400);
    expect(noSeed.body.error?.message).toContain("seed is required with sort=random");
    const page = await list("?sort=random&seed=abc&limit=5");
    const otherSeed = await list(`?sort=random&seed=abd&limit=5&cursor=${page.body.nextCursor}`);
    expect(otherSeed.status).toBe(400);
    expect(otherSeed.body.error?.message).toContain("cursor belongs to another search");
  });

  it("sorts a search newest first when asked", async () => {
    const ids = await allIds("?q=light&sort=newest");
    expect(ids.length).toBeGreaterThan(2);
    const times = ids.map((id) => Date.parse(byId.get(id)?.publishedAt ?? ""));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("ranks by a palette, the closest first, and leaves out styles that share no colour", async () => {
    const target = catalogFile.styles[3];
    if (!target) throw new Error("demo catalog too small");
    const palette = target.palette
      .slice(0, 5)
      .map((p) => `${p.color.slice(1)}:${Math.max(1, Math.round(p.share * 100))}`)
      .join(",");
    const ids = await allIds(`?palette=${palette}`);
    expect(ids[0]).toBe(target.id);
    expect(ids.length).toBeLessThan(catalogFile.styles.length);
  });

  it("answers the nearest words when a search finds nothing", async () => {
    const { status, body } = await list("?q=wtercolr");
    expect(status).toBe(200);
    expect(body.items).toEqual([]);
    expect(body.suggestions).toContain("watercolor");
    const found = await list("?q=noir");
    expect(found.body).not.toHaveProperty("suggestions");
  });

  it("lets shared caches keep a popularity order a minute only, and the catalog's other orders until a deploy", async () => {
    const popular = await listStyles(new Request("http://localhost/api/styles?sort=popular"));
    expect(popular.headers.get("cache-control")).toBe(
      "public, max-age=60, s-maxage=60, stale-while-revalidate=300",
    );
    expect(popular.headers.get("vercel-cdn-cache-control")).toBeNull();
    const random = await listStyles(new Request("http://localhost/api/styles?sort=random&seed=a"));
    expect(random.headers.get("vercel-cdn-cache-control")).toBe("max-age=31536000");
  });

  it.each([
    ["?kind=video", "kind must be one of: sref, moodboard, prompt"],
    ["?sort=best", "sort must be one of: newest, popular, random"],
    ["?sort=random&seed=UPPER", "seed must be 1 to 12 lowercase letters or digits"],
    ["?palette=red", "palette must be 1 to 5 comma-separated colours"],
    ["?palette=111111,222222,333333,444444,555555,666666", "palette must be 1 to 5"],
    ["?palette=111111:0", "palette must be 1 to 5"],
  ])("answers 400 with a clear message for %s", async (query, message) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.error?.code).toBe("invalid_input");
    expect(body.error?.message).toContain(message);
  });
});
