import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import {
  effectiveSubscription,
  parseStoredSubscriptions,
  type Subscription,
  withSubscription,
} from "@/domain/billing/subscription";
import { likedStyles, likerChanges } from "@/domain/likes/popularity";
import {
  type ClaimedMail,
  type LikeRecord,
  type OwedMail,
  type Store,
  StoreUnavailableError,
  type UserRecord,
} from "./port";
import { rateLimitStore } from "./rate-limits";
import { redisBoardStore } from "./redis-boards";
import {
  BUMP_VERSION,
  CLAIM_MAIL,
  COMPARE_AND_SET,
  CONSUME_CODE,
  COUNT_ATTEMPT,
  MERGE_BOARDS,
  MERGE_LIKES,
  PUT_CODE,
  RECORD_EVENT,
  RETRY_MAIL,
  SETTLE_MAIL,
} from "./redis-scripts";

export interface RedisStoreOptions {
  url: string;
  /** prefix of every key, e.g. to keep test runs apart */
  prefix?: string;
  /** how long one command may take before the store counts as unavailable */
  commandTimeoutMs?: number;
}

/** The Lua scripts, each sent once and then run by its SHA1 (EVALSHA); ioredis sends it again if Redis lost it. */
const SCRIPTS = {
  bumpVersion: BUMP_VERSION,
  putCode: PUT_CODE,
  countAttempt: COUNT_ATTEMPT,
  consumeCode: CONSUME_CODE,
  compareAndSet: COMPARE_AND_SET,
  mergeLikes: MERGE_LIKES,
  mergeBoards: MERGE_BOARDS,
} as const;
type ScriptName = keyof typeof SCRIPTS;
type ScriptCommand = (key: string, ...args: string[]) => Promise<unknown>;

/** The scripts that touch several keys (all in one hash slot); the caller says how many. */
const MULTI_KEY_SCRIPTS = {
  recordEvent: RECORD_EVENT,
  claimMail: CLAIM_MAIL,
  settleMail: SETTLE_MAIL,
  retryMail: RETRY_MAIL,
} as const;
type MultiKeyScriptName = keyof typeof MULTI_KEY_SCRIPTS;
type MultiKeyScriptCommand = (numberOfKeys: number, ...keysThenArgs: string[]) => Promise<unknown>;

function multiKeyScriptRunner(redis: Redis) {
  for (const [name, lua] of Object.entries(MULTI_KEY_SCRIPTS)) redis.defineCommand(name, { lua });
  const commands = redis as unknown as Record<MultiKeyScriptName, MultiKeyScriptCommand>;
  return (name: MultiKeyScriptName, keys: readonly string[], args: readonly string[]) =>
    commands[name].call(redis, keys.length, ...keys, ...args);
}

/**
 * Runs a script on one key. Sending the whole script with EVAL on every like was the
 * largest single cost of the likes route (about 35 µs of CPU per request, writing it out).
 */
function scriptRunner(redis: Redis) {
  for (const [name, lua] of Object.entries(SCRIPTS)) redis.defineCommand(name, { numberOfKeys: 1, lua });
  // defineCommand adds the methods at run time; ioredis's types cannot know their names
  const commands = redis as unknown as Record<ScriptName, ScriptCommand>;
  return (name: ScriptName, key: string, ...args: string[]) => commands[name].call(redis, key, ...args);
}

/**
 * Production store on any Redis (Upstash over rediss://). Every key of a user carries
 * the user's id as a hash tag (`u:{id}:profile`) and each operation touches one key,
 * so the same code runs on Redis Cluster.
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

  const keys = {
    emailIndex: (emailKey: string) => `${prefix}e:{${emailKey}}`,
    profile: (id: string) => `${prefix}u:{${id}}:profile`,
    // every live code of the email (one field per challenge); "ch:", as "c:" held one code per email
    codes: (emailKey: string) => `${prefix}ch:{${emailKey}}`,
    likes: (userId: string) => `${prefix}u:{${userId}}:likes`,
    boards: (userId: string) => `${prefix}u:{${userId}}:boards`,
    subscription: (userId: string) => `${prefix}u:{${userId}}:subscription`,
    customer: (userId: string) => `${prefix}u:{${userId}}:customer`,
    customerIndex: (customerId: string) => `${prefix}cust:{${customerId}}`,
    /** where events were marked seen before the outbox; only read now, gone 30 days after this version */
    legacyEvent: (eventId: string) => `${prefix}evt:{${eventId}}`,
    // the outbox and the event markers share the {outbox} slot: marking an event seen and
    // recording the mails it owes is one script
    event: (eventId: string) => `${prefix}{outbox}:evt:${eventId}`,
    outboxDue: `${prefix}{outbox}:due`,
    outboxMail: (mailId: string) => `${prefix}{outbox}:mail:${mailId}`,
    outboxOf: (userId: string) => `${prefix}{outbox}:user:${userId}`,
    // one sorted set (user id → deletion time); every command on it touches this key only
    retention: `${prefix}retention`,
    // how many accounts like each style (a hash: style id → count); counts only
    likers: `${prefix}{popularity}:likers`,
  };

  const changeLikers = async (changes: ReadonlyMap<string, number>) => {
    if (changes.size === 0) return;
    const pipeline = redis.pipeline();
    for (const [style, change] of changes) pipeline.hincrby(keys.likers, style, change);
    await pipeline.exec();
  };

  const claimMail = async (id: string, now: number, leaseUntil: number): Promise<ClaimedMail | undefined> => {
    const fields = (await runMultiKeyScript(
      "claimMail",
      [keys.outboxDue, keys.outboxMail(id)],
      [id, String(now), String(leaseUntil)],
    )) as [string, string, string, string] | null;
    if (!fields) return undefined;
    const [userId, body, createdAt, attempts] = fields;
    return { id, userId, body, createdAt: Number(createdAt), attempt: Number(attempts) };
  };

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
    billing: {
      get: (userId) =>
        guard(async () => {
          const raw = await redis.get(keys.subscription(userId));
          return raw ? effectiveSubscription(parseStoredSubscriptions(raw)) : undefined;
        }),
      // read, merge with the domain rule, compare-and-set; a concurrent writer makes it go round again
      apply: (userId, state) =>
        guard(async () => {
          for (let attempt = 0; attempt < 10; attempt++) {
            const raw = (await redis.get(keys.subscription(userId))) ?? "";
            const stored = withSubscription(raw ? parseStoredSubscriptions(raw) : undefined, state);
            const effective = effectiveSubscription(stored) as Subscription;
            const next = JSON.stringify(stored);
            if (next === raw) return effective;
            if (Number(await runScript("compareAndSet", keys.subscription(userId), raw, next)) === 1)
              return effective;
          }
          throw new Error("billing: too many concurrent writers");
        }),
      linkCustomer: (userId, customerId) =>
        guard(async () => {
          await redis.set(keys.customer(userId), customerId, "NX");
          const linked = (await redis.get(keys.customer(userId))) as string;
          await redis.set(keys.customerIndex(linked), userId);
          return linked;
        }),
      customerOf: (userId) => guard(async () => (await redis.get(keys.customer(userId))) ?? undefined),
      userOfCustomer: (customerId) =>
        guard(async () => (await redis.get(keys.customerIndex(customerId))) ?? undefined),
      deleteAll: (userId) =>
        guard(async () => {
          const customerId = await redis.get(keys.customer(userId));
          if (customerId) await redis.del(keys.customerIndex(customerId));
          await redis.del(keys.customer(userId));
          await redis.del(keys.subscription(userId));
        }),
      firstDelivery: (eventId, ttlMs, owed = []) =>
        guard(async () => {
          if ((await redis.exists(keys.legacyEvent(eventId))) === 1) return false;
          const mailKeys = owed.flatMap((mail) => [keys.outboxMail(mail.id), keys.outboxOf(mail.userId)]);
          const mailArgs = owed.flatMap((mail: OwedMail) => [
            mail.id,
            mail.userId,
            mail.body,
            String(mail.createdAt),
          ]);
          const recorded = await runMultiKeyScript(
            "recordEvent",
            [keys.event(eventId), keys.outboxDue, ...mailKeys],
            [String(Math.max(1, Math.round(ttlMs))), ...mailArgs],
          );
          return Number(recorded) === 1;
        }),
    },
    outbox: {
      claimDue: (now, leaseUntil, limit) =>
        guard(async () => {
          const due = await redis.zrangebyscore(keys.outboxDue, "-inf", now, "LIMIT", 0, limit);
          const claimed: ClaimedMail[] = [];
          // each claim re-checks that the mail is still due: of racing claimers one gets it
          for (const id of due) {
            const mail = await claimMail(id, now, leaseUntil);
            if (mail) claimed.push(mail);
          }
          return claimed;
        }),
      claim: (id, now, leaseUntil) => guard(() => claimMail(id, now, leaseUntil)),
      settle: (mail) =>
        guard(async () => {
          await runMultiKeyScript(
            "settleMail",
            [keys.outboxDue, keys.outboxMail(mail.id), keys.outboxOf(mail.userId)],
            [mail.id, String(mail.attempt)],
          );
        }),
      retryAt: (mail, at) =>
        guard(async () => {
          await runMultiKeyScript(
            "retryMail",
            [keys.outboxDue, keys.outboxMail(mail.id)],
            [mail.id, String(mail.attempt), String(at)],
          );
        }),
      deleteAllOf: (userId) =>
        guard(async () => {
          const ids = await redis.smembers(keys.outboxOf(userId));
          const multi = redis.multi();
          if (ids.length > 0) {
            multi.del(...ids.map(keys.outboxMail));
            multi.zrem(keys.outboxDue, ...ids);
          }
          const results = await multi.del(keys.outboxOf(userId)).exec();
          const failed = results?.find(([error]) => error);
          if (!results || failed) throw failed?.[0] ?? new Error("transaction discarded");
        }),
    },
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
    boards: redisBoardStore({
      mergeBoards: (key, ...args) => runScript("mergeBoards", key, ...args),
      readAll: (key) => redis.hgetall(key),
      remove: (key) => redis.del(key),
      keyOf: keys.boards,
      guard,
    }),
    popularity: {
      likers: () =>
        guard(async () => {
          const counts = new Map<string, number>();
          for (const [style, accounts] of Object.entries(await redis.hgetall(keys.likers))) {
            if (Number(accounts) > 0) counts.set(style, Number(accounts));
          }
          return counts;
        }),
    },
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
