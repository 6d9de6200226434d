import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { type LikeOp, stateOf } from "@/domain/likes/merge";
import { jsonRequest, signInThroughApi } from "../support/api-session";
import { ownRedis } from "../support/own-redis";

const redis = await ownRedis();
const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-outage-"));
process.env.DATA_DIR = dataDir;
process.env.REDIS_URL = redis.url;
process.env.AUTH_SECRET = "outage-test-secret-outage-test-secret-0123";

const routes = {
  requestCode: (await import("@/app/api/auth/code/route")).POST,
  verify: (await import("@/app/api/auth/verify/route")).POST,
  sync: (await import("@/app/api/likes/sync/route")).POST,
  list: (await import("@/app/api/likes/route")).GET,
};
const { getStore } = await import("@/server/store");

const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const imageIds = catalog.styles.flatMap((s) => s.images.map((i) => i.id)).slice(0, 40);

describe("likes while the store goes down mid-sync", () => {
  beforeAll(redis.start);
  afterAll(async () => {
    await getStore().close();
    await redis.kill();
  });

  it("answers 503 while Redis is down, loses nothing, and converges once it is back", async () => {
    const token = await signInThroughApi(dataDir, routes, "outage@example.com");
    const auth = { authorization: `Bearer ${token}` };
    let seed = 7;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const base = Date.now() - 60_000;
    const ops: LikeOp[] = Array.from({ length: 300 }, () => ({
      imageId: imageIds[Math.floor(random() * imageIds.length)] as string,
      liked: random() < 0.6,
      at: base + Math.floor(random() * 30_000),
    }));

    // the browser's queue: a batch leaves it only when the server has acknowledged it
    const queue = [...ops];
    const statuses: number[] = [];
    let batches = 0;
    while (queue.length > 0) {
      if (batches === 5) await redis.kill();
      if (batches === 9) await redis.start();
      const batch = queue.slice(0, 20);
      const started = Date.now();
      const response = await routes.sync(jsonRequest("POST", { ops: batch }, auth));
      statuses.push(response.status);
      if (response.status === 503) {
        expect(Date.now() - started).toBeLessThan(5_000);
        expect((await response.json()).error.code).toBe("store_unavailable");
        await new Promise((resolve) => setTimeout(resolve, 200));
      } else {
        expect(response.status).toBe(200);
        queue.splice(0, batch.length);
      }
      batches += 1;
      expect(batches).toBeLessThan(200);
    }

    expect(statuses).toContain(503);
    expect(statuses).not.toContain(500);
    const stored = await (
      await routes.list(new Request("http://localhost/api/likes", { headers: auth }))
    ).json();
    const expected = stateOf(ops);
    expect(
      Object.fromEntries(stored.entries.map((e: LikeOp) => [e.imageId, { liked: e.liked, at: e.at }])),
    ).toEqual(Object.fromEntries(expected));
  }, 90_000);
});
