import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Subscription } from "@/domain/billing/subscription";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { issueToken } from "@/services/auth/tokens";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "mjpro-entitlement-"));
const originals = mkdtempSync(path.join(tmpdir(), "mjpro-originals-"));
process.env.LOCAL_IMAGES_DIR = originals;

const { GET: getStyle } = await import("@/app/api/styles/[id]/route");
const { GET: listStyles } = await import("@/app/api/styles/route");
const { GET: getMe } = await import("@/app/api/me/route");
const { GET: getRecipes } = await import("@/app/api/recipes/route");
const { GET: getOriginal } = await import("@/app/api/images/[imageId]/original/route");
const { getStore } = await import("@/server/store");
const { getAuthKeys } = await import("@/server/secrets");

const DAY = 86_400_000;
const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const proStyle = catalog.styles.find((s) => s.tier === "pro") as (typeof catalog.styles)[number];
const freeStyle = catalog.styles.find((s) => s.tier === "free") as (typeof catalog.styles)[number];

const subscription = (overrides: Partial<Subscription>): Subscription => ({
  subscriptionId: "sub_x",
  customerId: "cus_x",
  status: "active",
  interval: "month",
  currentPeriodEnd: Date.now() + 10 * DAY,
  cancelAtPeriodEnd: false,
  endedAt: null,
  eventAt: Date.now() - DAY,
  ...overrides,
});

const cases: [string, Partial<Subscription> | null, boolean][] = [
  ["free (no subscription)", null, false],
  ["Pro (active)", {}, true],
  ["past_due", { status: "past_due" }, true],
  ["cancelled at period end, period running", { cancelAtPeriodEnd: true }, true],
  ["expired (period over)", { cancelAtPeriodEnd: true, currentPeriodEnd: Date.now() - DAY }, false],
  ["canceled", { status: "canceled", endedAt: Date.now() - DAY }, false],
];

const tokens = new Map<string, string>();

beforeAll(async () => {
  const image = proStyle.images[0] as (typeof proStyle.images)[number];
  mkdirSync(path.dirname(path.join(originals, image.file)), { recursive: true });
  writeFileSync(
    path.join(originals, image.file),
    await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#224466" } })
      .jpeg()
      .toBuffer(),
  );
  const store = getStore();
  for (const [name, state] of cases) {
    const id = `usr_${randomUUID().replaceAll("-", "")}`;
    await store.users.create(`key-${id}`, {
      id,
      email: `${id}@example.com`,
      createdAt: 1,
      ageConfirmedAt: 1,
      tokenVersion: 0,
    });
    if (state) await store.billing.apply(id, subscription(state));
    tokens.set(name, await issueToken(getAuthKeys(), { now: () => Date.now() }, { userId: id, version: 0 }));
  }
});

const withToken = (url: string, token?: string) =>
  new Request(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe("who sees a Pro recipe, through the API", () => {
  it("anonymous callers and callers with a dead token do not", async () => {
    for (const token of [undefined, "not.a.token"]) {
      const response = await getStyle(withToken(`http://x/api/styles/${proStyle.id}`, token), {
        params: Promise.resolve({ id: proStyle.id }),
      });
      expect((await response.json()).recipe).toBeUndefined();
    }
  });

  it.each(cases)("%s", async (name, _state, entitled) => {
    const token = tokens.get(name);
    const one = await (
      await getStyle(withToken(`http://x/api/styles/${proStyle.id}`, token), {
        params: Promise.resolve({ id: proStyle.id }),
      })
    ).json();
    expect(Boolean(one.recipe), "style").toBe(entitled);
    const page = await (await listStyles(withToken("http://x/api/styles?tier=pro&limit=60", token))).json();
    expect(
      page.items.every((s: { recipe?: unknown }) => Boolean(s.recipe) === entitled),
      "list",
    ).toBe(true);
    const me = await (await getMe(withToken("http://x/api/me", token))).json();
    expect(me.plan).toBe(entitled ? "pro" : "free");
    const styleResponse = await getStyle(withToken(`http://x/api/styles/${proStyle.id}`, token), {
      params: Promise.resolve({ id: proStyle.id }),
    });
    expect(styleResponse.headers.get("cache-control")).toBe("private, no-store");
  });

  it.each(cases)("full-resolution download: %s", async (name, _state, entitled) => {
    const imageId = proStyle.images[0]?.id as string;
    const response = await getOriginal(
      withToken(`http://x/api/images/${imageId}/original`, tokens.get(name)),
      {
        params: Promise.resolve({ imageId }),
      },
    );
    expect(response.status).toBe(entitled ? 200 : 403);
    if (entitled) {
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.jpg"$/);
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta.width).toBe(2400);
    }
  });

  it("full-resolution download: anonymous gets 401", async () => {
    const imageId = proStyle.images[0]?.id as string;
    const response = await getOriginal(withToken(`http://x/api/images/${imageId}/original`), {
      params: Promise.resolve({ imageId }),
    });
    expect(response.status).toBe(401);
  });
});

describe("GET /api/recipes: how a member's browser fills in the recipes of a page", () => {
  const url = `http://x/api/recipes?ids=${proStyle.id},${freeStyle.id},sty_notinthecatalog`;

  it("answers 401 without a live token, and holds no recipe", async () => {
    for (const token of [undefined, "not.a.token"]) {
      const response = await getRecipes(withToken(url, token));
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("--");
    }
  });

  it.each(cases)("%s", async (name, _state, entitled) => {
    const response = await getRecipes(withToken(url, tokens.get(name)));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^(private, )?no-store$/);
    const body = await response.json();
    expect(body.plan).toBe(entitled ? "pro" : "free");
    expect(Object.keys(body.recipes).sort()).toEqual(
      entitled ? [proStyle.id, freeStyle.id].sort() : [freeStyle.id],
    );
    if (entitled) expect(body.recipes[proStyle.id].text).toMatch(/--/);
  });

  it("refuses malformed, missing and too many ids with a 400", async () => {
    const token = tokens.get("Pro (active)");
    const tooMany = Array.from({ length: 101 }, (_, i) => `sty_${String(i).padStart(6, "0")}`).join(",");
    for (const query of ["", "?ids=", "?ids=nope", `?ids=${tooMany}`, `?ids=${proStyle.id}&extra=1`]) {
      const response = await getRecipes(withToken(`http://x/api/recipes${query}`, token));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.message.length, query).toBeGreaterThan(5);
    }
  });
});
