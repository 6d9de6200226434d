import type { Redis } from "ioredis";
import { likedStyles, likerChanges } from "@/domain/likes/popularity";
import type { LikeRecord, LikeStore, PopularityStore } from "./port";
import type { ScriptName } from "./redis-commands";
import type { RedisKeys } from "./redis-keys";

/** What likes and their counts need of the Redis store. */
export interface RedisLikesDeps {
  redis: Redis;
  keys: RedisKeys;
  runScript: (name: ScriptName, key: string, ...args: string[]) => Promise<unknown>;
  guard: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * Each person's likes in one hash (image id → `1:<at>` or `0:<at>`), merged by MERGE_LIKES, and
 * how many accounts like each style (a hash: style id → count), changed after each merge.
 */
export function redisLikeStores({ redis, keys, runScript, guard }: RedisLikesDeps): {
  likes: LikeStore;
  popularity: PopularityStore;
} {
  const changeLikers = async (changes: ReadonlyMap<string, number>) => {
    if (changes.size === 0) return;
    const pipeline = redis.pipeline();
    for (const [style, change] of changes) pipeline.hincrby(keys.likers, style, change);
    await pipeline.exec();
  };

  // every account's likes, read a page of keys at a time; the new counts replace the old at once
  const recountLikers = async (styleOfImage: ReadonlyMap<string, string>) => {
    const counts = new Map<string, number>();
    let accounts = 0;
    const styleOf = (imageId: string) => styleOfImage.get(imageId);
    const pages = redis.scanStream({ match: keys.allLikes, count: 1000 });
    for await (const page of pages as AsyncIterable<string[]>) {
      const pipeline = redis.pipeline();
      for (const key of page) pipeline.hgetall(key);
      for (const [error, fields] of (await pipeline.exec()) ?? []) {
        if (error) throw error;
        const styles = likedStyles(
          likesFrom(Object.entries(fields as Record<string, string>).flat()),
          styleOf,
        );
        if (styles.size > 0) accounts += 1;
        for (const style of styles) counts.set(style, (counts.get(style) ?? 0) + 1);
      }
    }
    const pipeline = redis.multi().del(keys.likersRecount);
    if (counts.size > 0)
      pipeline.hset(keys.likersRecount, Object.fromEntries(counts)).rename(keys.likersRecount, keys.likers);
    else pipeline.del(keys.likers);
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error("transaction discarded");
    return { accounts };
  };

  return {
    likes: {
      deleteAll: (userId, styleOf) =>
        guard(async () => {
          const state = likesFrom(Object.entries(await redis.hgetall(keys.likes(userId))).flat());
          await redis.del(keys.likes(userId));
          await changeLikers(new Map([...likedStyles(state, styleOf)].map((style) => [style, -1])));
        }),
      get: (userId) =>
        guard(async () => likesFrom(Object.entries(await redis.hgetall(keys.likes(userId))).flat())),
      apply: (userId, ops, dropTombstonesBefore, styleOf) =>
        guard(async () => {
          const args = ops.flatMap((op) => [op.imageId, op.liked ? "1" : "0", String(Math.round(op.at))]);
          const [flat, flipped] = (await runScript(
            "mergeLikes",
            keys.likes(userId),
            String(dropTombstonesBefore),
            ...args,
          )) as [string[], string[]];
          const merged = likesFrom(flat);
          await changeLikers(likerChanges(merged, new Set(flipped), styleOf));
          return merged;
        }),
    },
    popularity: {
      likers: () =>
        guard(async () => {
          const counts = new Map<string, number>();
          for (const [style, accounts] of Object.entries(await redis.hgetall(keys.likers))) {
            if (Number(accounts) > 0) counts.set(style, Number(accounts));
          }
          return counts;
        }),
      recount: (styleOfImage) => guard(() => recountLikers(styleOfImage)),
    },
  };
}

/** [id, "1:<at>", id, "0:<at>", ...] to records. */
function likesFrom(flat: string[]): LikeRecord[] {
  const records: LikeRecord[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const value = flat[i + 1] as string;
    const sep = value.indexOf(":");
    records.push({
      imageId: flat[i] as string,
      liked: value.slice(0, sep) === "1",
      at: Number(value.slice(sep + 1)),
    });
  }
  return records;
}
