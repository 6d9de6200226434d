import type { Redis } from "ioredis";
import { likedStyles, likerChanges } from "@/domain/likes/popularity";
import type { LikeRecord, LikeStore, PopularityStore } from "./port";
import type { ScriptName } from "./redis-commands";
import type { RedisKeys } from "./redis-keys";

const RECOUNT_TRIES = 5;
// one HSET per this many counts: a request of every style's count at once could pass a host's size limit
const FIELDS_PER_HSET = 1000;

/** What likes and their counts need of the Redis store. */
export interface RedisLikesDeps {
  redis: Redis;
  keys: RedisKeys;
  runScript: (name: ScriptName, key: string, ...args: string[]) => Promise<unknown>;
  guard: <T>(work: () => Promise<T>) => Promise<T>;
  recountPageSize: number;
}

/**
 * Each person's likes in one hash (image id → `1:<at>` or `0:<at>`), merged by MERGE_LIKES, and
 * how many accounts like each style (a hash: style id → count), changed after each merge.
 */
export function redisLikeStores({ redis, keys, runScript, guard, recountPageSize }: RedisLikesDeps): {
  likes: LikeStore;
  popularity: PopularityStore;
} {
  const changeLikers = async (changes: ReadonlyMap<string, number>) => {
    if (changes.size === 0) return;
    const pipeline = redis.pipeline();
    for (const [style, change] of changes) pipeline.hincrby(keys.likers, style, change);
    await pipeline.exec();
  };

  // Every account's likes, counted on a connection of its own that WATCHes the counts: a like
  // whose count changes meanwhile makes EXEC fail, and the recount starts again. The last try
  // writes whatever it counted, and says it may not be exact.
  const recountLikers = async (styleOfImage: ReadonlyMap<string, string>) => {
    // SCAN sees one node of a cluster: counting part of the accounts would replace the counts with less
    if (/cluster_enabled:1/.test(await redis.info("cluster").catch(() => ""))) {
      throw new Error("recount: Redis Cluster is not supported");
    }
    const connection = redis.duplicate();
    connection.on("error", () => undefined);
    try {
      for (let attempt = 1; ; attempt++) {
        const exact = attempt < RECOUNT_TRIES;
        if (exact) await connection.watch(keys.likers);
        const { counts, accounts } = await countLikers(connection, styleOfImage);
        const transaction = connection.multi().del(keys.likersRecount);
        const fields = [...counts];
        for (let i = 0; i < fields.length; i += FIELDS_PER_HSET) {
          transaction.hset(keys.likersRecount, Object.fromEntries(fields.slice(i, i + FIELDS_PER_HSET)));
        }
        if (fields.length > 0) transaction.rename(keys.likersRecount, keys.likers);
        else transaction.del(keys.likers);
        const results = await transaction.exec();
        if (results === null) continue;
        const failed = results.find(([error]) => error);
        if (failed) throw failed[0];
        return { accounts, exact };
      }
    } finally {
      connection.disconnect();
    }
  };

  const countLikers = async (connection: Redis, styleOfImage: ReadonlyMap<string, string>) => {
    const counts = new Map<string, number>();
    let accounts = 0;
    const styleOf = (imageId: string) => styleOfImage.get(imageId);
    // SCAN may return a key more than once
    const seen = new Set<string>();
    const pages = connection.scanStream({ match: keys.allLikes, count: recountPageSize });
    for await (const page of pages as AsyncIterable<string[]>) {
      const fresh = page.filter((key) => keys.isLikes(key) && !seen.has(key));
      for (const key of fresh) seen.add(key);
      const pipeline = connection.pipeline();
      for (const key of fresh) pipeline.hgetall(key);
      for (const [error, fields] of (await pipeline.exec()) ?? []) {
        if (error) throw error;
        const flat = Object.entries(fields as Record<string, string>).flat();
        const styles = likedStyles(likesFrom(flat), styleOf);
        if (styles.size > 0) accounts += 1;
        for (const style of styles) counts.set(style, (counts.get(style) ?? 0) + 1);
      }
    }
    return { counts, accounts };
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
