import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisStore } from "@/adapters/store/redis";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test:${randomUUID()}:`;
// ten keys a SCAN call: the recount reads the accounts in many round trips, as it would a big store
const store = redisStore({ url: REDIS_URL, prefix, recountPageSize: 10 });

afterAll(async () => {
  await store.close();
  const redis = new Redis(REDIS_URL);
  const found = await redis.keys(`${prefix}*`);
  if (found.length > 0) await redis.del(...found);
  redis.disconnect();
});

describe("a popularity recount on Redis", () => {
  it("counts again when likes change the counts while it reads, so none of their changes is lost", async () => {
    const styles = ["sty_a", "sty_b", "sty_c"];
    const catalog = new Map(Array.from({ length: 9 }, (_, i) => [`img_${i}`, styles[i % 3] as string]));
    const styleOf = (id: string) => catalog.get(id);
    const accounts = Array.from({ length: 600 }, (_, i) => `usr_${i}`);
    await Promise.all(
      accounts.map((userId, i) =>
        store.likes.apply(userId, [{ imageId: `img_${i % 9}`, liked: true, at: 10 }], 0, styleOf),
      ),
    );

    const recount = store.popularity.recount(catalog);
    // while it reads: accounts like an image of another style (one more liker there) or take
    // their like back (one fewer), each a change of the counts the first read cannot have seen
    for (let i = 0; i < 40; i++) {
      const userId = accounts[(i * 37) % accounts.length] as string;
      const own = (i * 37) % 9;
      const change =
        i % 2 === 0
          ? { imageId: `img_${(own + 1) % 9}`, liked: true, at: 20 + i }
          : { imageId: `img_${own}`, liked: false, at: 20 + i };
      await store.likes.apply(userId, [change], 0, styleOf);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await recount).toEqual({ accounts: expect.any(Number), exact: true });

    const expected = new Map<string, number>();
    for (const userId of accounts) {
      const liked = (await store.likes.get(userId)).filter((r) => r.liked).map((r) => styleOf(r.imageId));
      for (const style of new Set(liked)) if (style) expected.set(style, (expected.get(style) ?? 0) + 1);
    }
    const counts = await store.popularity.likers();
    expect(styles.map((style) => counts.get(style) ?? 0)).toEqual(
      styles.map((style) => expected.get(style) ?? 0),
    );
  });
});
