import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { type Store, StoreUnavailableError, type UserRecord } from "./port";
import { rateLimitStore } from "./rate-limits";
import { redisBillingStores } from "./redis-billing";
import { redisBoardStore } from "./redis-boards";
import { multiKeyScriptRunner, scriptRunner } from "./redis-commands";
import { redisKeys } from "./redis-keys";
import { redisLikeStores } from "./redis-likes";

export interface RedisStoreOptions {
  url: string;
  /** prefix of every key, e.g. to keep test runs apart */
  prefix?: string;
  /** how long one command may take before the store counts as unavailable */
  commandTimeoutMs?: number;
  /** keys a popularity recount asks SCAN for at a time (tests make it small to make the scan long) */
  recountPageSize?: number;
}

/**
 * Production store on any Redis (Upstash over rediss://). Each operation touches one hash slot
 * (see redis-keys.ts), so the same code runs on Redis Cluster.
 */
export function redisStore(options: RedisStoreOptions): Store {
  const prefix = options.prefix ?? "";
  const timeout = options.commandTimeoutMs ?? 2000;
  const redis = new Redis(options.url, {
    commandTimeout: timeout,
    connectTimeout: timeout,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // errors surface per command as StoreUnavailableError; an unhandled 'error' event would crash the process
  redis.on("error", () => undefined);
  const runScript = scriptRunner(redis);
  const runMultiKeyScript = multiKeyScriptRunner(redis);

  const keys = redisKeys(prefix);

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new StoreUnavailableError("redis: command failed", { cause: error });
    }
  };

  const readUser = async (id: string): Promise<UserRecord | undefined> => {
    const fields = await redis.hgetall(keys.profile(id));
    if (!fields.email) return undefined;
    return {
      id,
      email: fields.email,
      createdAt: Number(fields.createdAt),
      ageConfirmedAt: Number(fields.ageConfirmedAt),
      tokenVersion: Number(fields.tokenVersion ?? 0),
    };
  };

  return {
    kind: "redis",
    users: {
      findIdByEmail: (emailKey) =>
        guard(async () => (await redis.get(keys.emailIndex(emailKey))) ?? undefined),
      get: (id) => guard(() => readUser(id)),
      create: (emailKey, user) =>
        guard(async () => {
          const claimed = await redis.set(keys.emailIndex(emailKey), user.id, "NX");
          const id = claimed ? user.id : ((await redis.get(keys.emailIndex(emailKey))) ?? user.id);
          const existing = await readUser(id);
          if (existing) return existing;
          // first writer, or a profile lost between the two writes: (re)write it
          const profile = { ...user, id };
          await redis.hset(keys.profile(id), {
            email: profile.email,
            createdAt: profile.createdAt,
            ageConfirmedAt: profile.ageConfirmedAt,
            tokenVersion: profile.tokenVersion,
          });
          return profile;
        }),
      delete: (id, emailKey) =>
        guard(async () => {
          await redis.del(keys.profile(id));
          await redis.del(keys.emailIndex(emailKey));
        }),
      bumpTokenVersion: (id) =>
        guard(async () => {
          const version = Number(await runScript("bumpVersion", keys.profile(id)));
          return version < 0 ? undefined : version;
        }),
    },
    codes: {
      put: (emailKey, challengeKey, code, forgetAt, now) =>
        guard(async () => {
          const record = [code.hash, code.expiresAt, code.maxAttempts, forgetAt].join("|");
          const ttl = String(Math.max(1, Math.round(forgetAt - now)));
          await runScript("putCode", keys.codes(emailKey), String(now), challengeKey, record, ttl);
        }),
      countAttempt: (emailKey, challengeKey, now) =>
        guard(async () => {
          const attempts = Number(
            await runScript("countAttempt", keys.codes(emailKey), challengeKey, String(now)),
          );
          return attempts < 0 ? undefined : attempts;
        }),
      get: (emailKey, challengeKey, now) =>
        guard(async () => {
          const record = await redis.hget(keys.codes(emailKey), challengeKey);
          const [hash, expiresAt, maxAttempts, forgetAt] = (record ?? "").split("|");
          if (!hash || Number(forgetAt) <= now) return undefined;
          return { hash, expiresAt: Number(expiresAt), maxAttempts: Number(maxAttempts) };
        }),
      consume: (emailKey, challengeKey, hash) =>
        guard(
          async () => Number(await runScript("consumeCode", keys.codes(emailKey), challengeKey, hash)) === 1,
        ),
      delete: (emailKey, challengeKey) =>
        guard(async () => {
          await redis.hdel(keys.codes(emailKey), challengeKey, `${challengeKey}#n`);
        }),
      deleteAll: (emailKey) =>
        guard(async () => {
          await redis.del(keys.codes(emailKey));
        }),
    },
    ...redisBillingStores({ redis, keys, runScript, runMultiKeyScript, guard }),
    retention: {
      schedule: (userId, deleteAt) =>
        guard(async () => {
          await redis.zadd(keys.retention, deleteAt, userId);
        }),
      cancel: (userId) =>
        guard(async () => {
          await redis.zrem(keys.retention, userId);
        }),
      scheduledAt: (userId) =>
        guard(async () => {
          const score = await redis.zscore(keys.retention, userId);
          return score === null ? undefined : Number(score);
        }),
      due: (now, limit) => guard(() => redis.zrangebyscore(keys.retention, "-inf", now, "LIMIT", 0, limit)),
    },
    ...redisLikeStores({ redis, keys, runScript, guard, recountPageSize: options.recountPageSize ?? 1000 }),
    boards: redisBoardStore({
      mergeBoards: (key, ...args) => runScript("mergeBoards", key, ...args),
      readAll: (key) => redis.hgetall(key),
      remove: (key) => redis.del(key),
      keyOf: keys.boards,
      guard,
    }),
    limits: rateLimitStore(
      (rule) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${prefix}rl:${rule.name}`,
          points: rule.points,
          duration: rule.durationSeconds,
        }),
      (error) => new StoreUnavailableError("redis: rate limit counter failed", { cause: error }),
    ),
    ping: () =>
      guard(async () => {
        await redis.ping();
      }),
    close: async () => {
      redis.disconnect();
    },
  };
}
