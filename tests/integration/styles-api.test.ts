import { describe, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getStyle } from "@/app/api/styles/[id]/route";
import { GET as listStyles } from "@/app/api/styles/route";

interface StyleBody {
  id: string;
  slug: string;
  tier: "free" | "pro";
  category: string;
  images: { id: string; src: string; width: number; height: number; color: string; alt: string }[];
  recipe?: { text: string };
}

async function list(query: string) {
  const response = await listStyles(new Request(`http://localhost/api/styles${query}`));
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function one(id: string) {
  const response = await getStyle(new Request(`http://localhost/api/styles/${id}`), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: await response.json() };
}

describe("GET /api/styles", () => {
  it("answers {items, nextCursor} in the documented shape", async () => {
    const { status, body } = await list("?limit=5");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["items", "nextCursor"]);
    expect(body.items).toHaveLength(5);
    expect(typeof body.nextCursor).toBe("string");
    const style = body.items[0] as StyleBody;
    for (const key of ["id", "slug", "title", "category", "tags", "model", "tier", "images"])
      expect(style).toHaveProperty(key);
    for (const image of style.images) {
      expect(image.width).toBeGreaterThan(0);
      expect(image.height).toBeGreaterThan(0);
      expect(image.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(image.src).toMatch(/^\/_next\/image\?url=%2Fmedia%2F/);
      expect(image.alt.length).toBeGreaterThan(3);
    }
  });

  it("gives free styles their recipe and Pro styles none", async () => {
    const free = await list("?tier=free&limit=60");
    const pro = await list("?tier=pro&limit=60");
    expect(free.body.items.length).toBeGreaterThan(0);
    expect(pro.body.items.length).toBeGreaterThan(0);
    for (const style of free.body.items as StyleBody[]) expect(style.recipe?.text.length).toBeGreaterThan(5);
    for (const style of pro.body.items as StyleBody[]) expect(style).not.toHaveProperty("recipe");
  });

  it("pages through the whole catalog with no duplicates or gaps", async () => {
    const health = await (await getHealth(new Request("http://localhost/api/health"))).json();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=17${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...(page.body.items as StyleBody[]).map((s) => s.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(health.catalog.styles);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("filters by a colour name or code, each result showing it, and pages within that colour", async () => {
    const { colorScore, labPalette, MIN_MATCH } = await import("@/domain/color/match");
    const { oklabOf } = await import("@/domain/color/color");
    for (const [query, hex] of [
      ["red", "#d8352f"],
      ["%233f6fb8", "#3f6fb8"],
      ["3f6fb8", "#3f6fb8"],
    ] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`?color=${query}&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
        expect(page.status).toBe(200);
        for (const style of page.body.items as (StyleBody & {
          palette: { color: string; share: number }[];
        })[]) {
          expect(colorScore(labPalette(style.palette), oklabOf(hex))).toBeGreaterThanOrEqual(MIN_MATCH);
          seen.push(style.id);
        }
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.length).toBeGreaterThan(5);
      expect(new Set(seen).size).toBe(seen.length);
    }
    const redPage = await list("?color=red&limit=3");
    const crossed = await list(`?color=blue&cursor=${redPage.body.nextCursor}`);
    expect(crossed.status).toBe(400);
    expect(crossed.body.error.message).toContain("cursor belongs to another search");
  });

  it.each([
    ["?limit=0", "limit must be at least 1"],
    ["?limit=61", "limit must be at most 60"],
    ["?limit=ten", "limit must be a number"],
    ["?category=watercolour", "category must be one of"],
    ["?model=v9", "model must be one of"],
    ["?tier=gold", "tier must be one of"],
    ["?ar=4:3", "ar must be one of"],
    ["?cursor=abc", "cursor is not valid"],
    [
      `?q=noir&cursor=${Buffer.from('{"k":[1],"i":"sty_abc123","s":"00000000"}').toString("base64url")}`,
      "cursor belongs to another search",
    ],
    ["?order=new", "unknown parameter: order"],
    ["?color=reddish", "color must be one of red, orange"],
    ["?color=%23ff00", "or a hex code like c0ffee"],
    ["?category=anime&category=3d", "category is given more than once"],
    [`?q=${"a".repeat(201)}`, "q must be at most 200 characters"],
  ])("answers 400 with a clear message for %s", async (query, message) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toContain(message);
  });
});

describe("GET /api/styles/{id}", () => {
  it("answers one style with all its images", async () => {
    const first = (await list("?limit=1")).body.items[0] as StyleBody;
    const { status, body } = await one(first.id);
    expect(status).toBe(200);
    expect(body.id).toBe(first.id);
    expect(body.images.length).toBeGreaterThanOrEqual(3);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect((await one("sty_doesnotexist")).status).toBe(404);
    const bad = await one("../../etc/passwd");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("id must look like");
  });
});

describe("API edges", () => {
  it("answers 405 with Allow for a method an endpoint does not serve", async () => {
    const { POST } = await import("@/app/api/styles/route");
    const response = await POST(new Request("http://localhost/api/styles", { method: "POST" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect((await response.json()).error.code).toBe("method_not_allowed");
  });

  it("answers a JSON 404 for an unknown API path", async () => {
    const { GET } = await import("@/app/api/[...path]/route");
    const response = await GET(new Request("http://localhost/api/nothing/here"));
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toContain("/api/nothing/here");
  });
});
