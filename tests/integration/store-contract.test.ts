import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import type { Store, UserRecord } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { sqliteStore } from "@/adapters/store/sqlite";
import { openSqlite } from "@/adapters/store/sqlite-driver";
import type { Subscription } from "@/domain/billing/subscription";
import { type BoardEntry, mergeEntries, winner } from "@/domain/boards/boards";
import { stateOf } from "@/domain/likes/merge";

/** No image belongs to a catalog style here: popularity counts stay out of these tests. */
const noStyles = () => undefined;

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

interface Subject {
  name: string;
  /** the same store again, as after a restart */
  open(): Store;
}

const sqliteFile = path.join(mkdtempSync(path.join(tmpdir(), "mjpro-store-")), "store.db");
const redisPrefix = `test:${randomUUID()}:`;

const subjects: Subject[] = [
  { name: "sqlite", open: () => sqliteStore({ file: sqliteFile }) },
  { name: "redis", open: () => redisStore({ url: REDIS_URL, prefix: redisPrefix }) },
];

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  const found = await redis.keys(`${redisPrefix}*`);
  if (found.length > 0) await redis.del(...found);
  redis.disconnect();
});

const user = (overrides: Partial<UserRecord> = {}): UserRecord => ({
  id: `usr_${randomUUID().replaceAll("-", "").slice(0, 20)}`,
  email: "person@example.com",
  createdAt: 1_700_000_000_000,
  ageConfirmedAt: 1_700_000_000_000,
  tokenVersion: 0,
  ...overrides,
});

const emailKey = () => randomUUID().replaceAll("-", "");

describe.each(subjects)("store contract: $name", (subject) => {
  const store = subject.open();
  afterAll(() => store.close());

  it("creates a user once per email and finds it by id and by email", async () => {
    const key = emailKey();
    const first = await store.users.create(key, user({ email: "a@example.com" }));
    const second = await store.users.create(key, user({ email: "a@example.com" }));
    expect(second.id).toBe(first.id);
    expect(await store.users.findIdByEmail(key)).toBe(first.id);
    expect(await store.users.get(first.id)).toEqual(first);
    expect(await store.users.findIdByEmail(emailKey())).toBeUndefined();
    expect(await store.users.get("usr_nobody")).toBeUndefined();
  });

  it("gives concurrent first sign-ins of one email the same account", async () => {
    const key = emailKey();
    const created = await Promise.all(Array.from({ length: 8 }, () => store.users.create(key, user())));
    expect(new Set(created.map((u) => u.id)).size).toBe(1);
  });

  it("bumps the token version of existing users only", async () => {
    const created = await store.users.create(emailKey(), user());
    expect(await store.users.bumpTokenVersion(created.id)).toBe(1);
    expect(await store.users.bumpTokenVersion(created.id)).toBe(2);
    expect((await store.users.get(created.id))?.tokenVersion).toBe(2);
    expect(await store.users.bumpTokenVersion("usr_nobody")).toBeUndefined();
  });

  const NOW = 1_800_000_000_000;
  const code = (hash: string, maxAttempts = 5) => ({ hash, expiresAt: NOW + 600_000, maxAttempts });

  it("keeps several codes of one email side by side, each under its challenge", async () => {
    const key = emailKey();
    await store.codes.put(key, "ch-a", code("aa"), NOW + 60_000, NOW);
    await store.codes.put(key, "ch-b", code("bb", 1), NOW + 60_000, NOW);
    expect(await store.codes.get(key, "ch-a", NOW)).toEqual(code("aa"));
    expect(await store.codes.get(key, "ch-b", NOW)).toEqual(code("bb", 1));
    // a challenge belongs to its email
    expect(await store.codes.get(emailKey(), "ch-a", NOW)).toBeUndefined();
    expect(await store.codes.countAttempt(emailKey(), "ch-a", NOW)).toBeUndefined();
    await store.codes.delete(key, "ch-a");
    expect(await store.codes.get(key, "ch-a", NOW)).toBeUndefined();
    expect(await store.codes.get(key, "ch-b", NOW)).toBeDefined();
    await store.codes.put(key, "ch-c", code("cc"), NOW + 60_000, NOW);
    await store.codes.deleteAll(key);
    expect(await store.codes.get(key, "ch-b", NOW)).toBeUndefined();
    expect(await store.codes.get(key, "ch-c", NOW)).toBeUndefined();
  });

  it("consumes a code for exactly one of many concurrent callers, and only with its challenge and hash", async () => {
    const key = emailKey();
    await store.codes.put(key, "ch-a", code("right"), NOW + 60_000, NOW);
    await store.codes.put(key, "ch-b", code("right"), NOW + 60_000, NOW);
    expect(await store.codes.consume(key, "ch-a", "wrong")).toBe(false);
    expect(await store.codes.consume(key, "ch-nobody", "right")).toBe(false);
    expect(await store.codes.get(key, "ch-a", NOW)).toBeDefined();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => store.codes.consume(key, "ch-a", "right")),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.codes.get(key, "ch-a", NOW)).toBeUndefined();
    // the other challenge's code is untouched
    expect(await store.codes.get(key, "ch-b", NOW)).toBeDefined();
  });

  it("counts guesses per challenge atomically; a new code of the email starts its own count", async () => {
    const key = emailKey();
    expect(await store.codes.countAttempt(key, "ch-a", NOW)).toBeUndefined();
    await store.codes.put(key, "ch-a", code("one"), NOW + 60_000, NOW);
    const counts = await Promise.all(
      Array.from({ length: 6 }, () => store.codes.countAttempt(key, "ch-a", NOW)),
    );
    expect([...counts].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    await store.codes.put(key, "ch-b", code("two"), NOW + 60_000, NOW);
    expect(await store.codes.countAttempt(key, "ch-b", NOW)).toBe(1);
    expect(await store.codes.countAttempt(key, "ch-a", NOW)).toBe(7);
    // consuming forgets the count with the code
    await store.codes.consume(key, "ch-a", "one");
    expect(await store.codes.countAttempt(key, "ch-a", NOW)).toBeUndefined();
  });

  it("forgets a code at its forget time by the caller's clock, and a later put drops it", async () => {
    const key = emailKey();
    await store.codes.put(key, "ch-old", code("x"), NOW + 1_000, NOW);
    expect(await store.codes.get(key, "ch-old", NOW + 999)).toBeDefined();
    expect(await store.codes.get(key, "ch-old", NOW + 1_000)).toBeUndefined();
    expect(await store.codes.countAttempt(key, "ch-old", NOW + 1_000)).toBeUndefined();
    await store.codes.put(key, "ch-new", code("y"), NOW + 61_000, NOW + 1_000);
    // dropped for good: even an earlier clock no longer finds it
    expect(await store.codes.get(key, "ch-old", NOW)).toBeUndefined();
    expect(await store.codes.get(key, "ch-new", NOW + 1_000)).toBeDefined();
  });

  it("counts rate limit points per rule and key, and says when one is back", async () => {
    const rule = { name: `t${emailKey().slice(0, 8)}`, points: 3, durationSeconds: 60 };
    const key = emailKey();
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await store.limits.consume(rule, key));
    expect(states.map((s) => s.allowed)).toEqual([true, true, true, false]);
    expect(states[3]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(states[3]?.retryAfterSeconds).toBeLessThanOrEqual(60);
    const peeked = await store.limits.peek(rule, key);
    expect(peeked.allowed).toBe(false);
    expect((await store.limits.peek(rule, emailKey())).remaining).toBe(3);
    expect((await store.limits.consume(rule, emailKey())).allowed).toBe(true);
    const refunded = emailKey();
    for (let i = 0; i < 3; i++) await store.limits.consume(rule, refunded);
    await store.limits.refund(rule, refunded);
    expect((await store.limits.consume(rule, refunded)).allowed).toBe(true);
    expect((await store.limits.consume(rule, refunded)).allowed).toBe(false);
  });

  it("merges likes by the later action, an unlike winning a tie, and drops old tombstones", async () => {
    const userId = `usr_${emailKey()}`;
    await store.likes.apply(userId, [{ imageId: "img_a", liked: true, at: 10 }], 0, noStyles);
    await store.likes.apply(userId, [{ imageId: "img_a", liked: true, at: 5 }], 0, noStyles);
    expect(await store.likes.get(userId)).toEqual([{ imageId: "img_a", liked: true, at: 10 }]);
    await store.likes.apply(userId, [{ imageId: "img_a", liked: false, at: 10 }], 0, noStyles);
    expect(await store.likes.get(userId)).toEqual([{ imageId: "img_a", liked: false, at: 10 }]);
    await store.likes.apply(userId, [{ imageId: "img_a", liked: true, at: 10 }], 0, noStyles);
    expect((await store.likes.get(userId))[0]?.liked).toBe(false);
    const merged = await store.likes.apply(
      userId,
      [{ imageId: "img_b", liked: true, at: 1_800_000_000_123 }],
      11,
      noStyles,
    );
    expect(merged).toEqual([{ imageId: "img_b", liked: true, at: 1_800_000_000_123 }]);
  });

  it("converges two devices' 500 random ops each, with delays and duplicates, to the model", async () => {
    const userId = `usr_${emailKey()}`;
    const images = Array.from({ length: 25 }, (_, i) => `img_c${i}`);
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const device = () =>
      Array.from({ length: 500 }, () => ({
        imageId: images[Math.floor(random() * images.length)] as string,
        liked: random() < 0.6,
        at: 1_000 + Math.floor(random() * 400),
      }));
    const devices = [device(), device()];
    const sendAll = async (ops: (typeof devices)[number]) => {
      for (let i = 0; i < ops.length; i += 25) {
        const batch = ops.slice(i, i + 25);
        // duplicates: some batches go twice, as a retried request would
        await store.likes.apply(userId, batch, 0, noStyles);
        if (random() < 0.3) await store.likes.apply(userId, batch, 0, noStyles);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 3)));
      }
    };
    await Promise.all(devices.map(sendAll));
    const expected = stateOf(devices.flat());
    const stored = await store.likes.get(userId);
    expect(Object.fromEntries(stored.map((r) => [r.imageId, { liked: r.liked, at: r.at }]))).toEqual(
      Object.fromEntries(expected),
    );
  });

  it("counts each account once per style it likes, through unlikes, replays, stale actions and deletion", async () => {
    const [styleA, styleB] = [`sty_${emailKey().slice(0, 12)}`, `sty_${emailKey().slice(0, 12)}`];
    const styleOf = (imageId: string) =>
      imageId.startsWith("img_pa") ? styleA : imageId.startsWith("img_pb") ? styleB : undefined;
    const likers = async () => {
      const counts = await store.popularity.likers();
      return [counts.get(styleA as string) ?? 0, counts.get(styleB as string) ?? 0];
    };
    const [one, two] = [`usr_${emailKey()}`, `usr_${emailKey()}`];
    const like = (imageId: string, at: number, liked = true) => ({ imageId, liked, at });
    const first = [like("img_pa1", 10), like("img_pa2", 10), like("img_pb1", 10), like("img_other", 10)];
    await store.likes.apply(one, first, 0, styleOf);
    await store.likes.apply(two, [like("img_pa1", 10)], 0, styleOf);
    expect(await likers()).toEqual([2, 1]);
    // a retried batch changes nothing
    await store.likes.apply(one, first, 0, styleOf);
    expect(await likers()).toEqual([2, 1]);
    // one still likes another image of A
    await store.likes.apply(one, [like("img_pa1", 20, false)], 0, styleOf);
    expect(await likers()).toEqual([2, 1]);
    await store.likes.apply(one, [like("img_pa2", 20, false)], 0, styleOf);
    expect(await likers()).toEqual([1, 1]);
    // a stale replay loses to the newer unlike
    await store.likes.apply(one, [like("img_pa2", 15)], 0, styleOf);
    expect(await likers()).toEqual([1, 1]);
    // liked and unliked again within one batch
    await store.likes.apply(one, [like("img_pa2", 30), like("img_pa2", 31, false)], 0, styleOf);
    expect(await likers()).toEqual([1, 1]);
    await store.likes.deleteAll(two, styleOf);
    expect(await likers()).toEqual([0, 1]);
    await store.likes.deleteAll(one, styleOf);
    expect(await likers()).toEqual([0, 0]);
    const counts = await store.popularity.likers();
    expect([...counts.keys()].every((key) => key.startsWith("sty_"))).toBe(true);
    expect([...counts.values()].every((value) => Number.isInteger(value) && value > 0)).toBe(true);
  });

  it("keeps the counts equal to the accounts' likes after concurrent random actions from several devices", async () => {
    const styles = Array.from({ length: 4 }, () => `sty_${emailKey().slice(0, 12)}`);
    const images = Array.from({ length: 12 }, (_, i) => `img_q${i}`);
    const styleOf = (imageId: string) => styles[Number(imageId.slice(5)) % styles.length];
    const accounts = Array.from({ length: 3 }, () => `usr_${emailKey()}`);
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const device = (userId: string) => ({
      userId,
      ops: Array.from({ length: 120 }, () => ({
        imageId: images[Math.floor(random() * images.length)] as string,
        liked: random() < 0.5,
        at: 1_000 + Math.floor(random() * 200),
      })),
    });
    const devices = accounts.flatMap((userId) => [device(userId), device(userId)]);
    await Promise.all(
      devices.map(async ({ userId, ops }) => {
        for (let i = 0; i < ops.length; i += 10) {
          await store.likes.apply(userId, ops.slice(i, i + 10), 0, styleOf);
          if (random() < 0.3) await store.likes.apply(userId, ops.slice(i, i + 10), 0, styleOf);
        }
      }),
    );
    const expected = new Map<string, number>();
    for (const userId of accounts) {
      const liked = new Set(
        (await store.likes.get(userId)).filter((r) => r.liked).map((r) => styleOf(r.imageId)),
      );
      for (const style of liked) if (style) expected.set(style, (expected.get(style) ?? 0) + 1);
    }
    const counts = await store.popularity.likers();
    expect(styles.map((style) => counts.get(style) ?? 0)).toEqual(
      styles.map((style) => expected.get(style) ?? 0),
    );
  });

  it("recounts from the accounts' likes with the catalog's images, replacing counts that drifted", async () => {
    const [styleA, styleB, styleGone] = Array.from({ length: 3 }, () => `sty_${emailKey().slice(0, 12)}`) as [
      string,
      string,
      string,
    ];
    const [one, two, three] = Array.from({ length: 3 }, () => `usr_${emailKey()}`) as [
      string,
      string,
      string,
    ];
    const like = (imageId: string, at: number, liked = true) => ({ imageId, liked, at });
    // counted with an older catalog, in which img_r2 was B's and img_r3 belonged to a style since taken out
    const older = new Map([
      ["img_r1", styleA],
      ["img_r2", styleB],
      ["img_r3", styleGone],
    ]);
    await store.likes.apply(one, [like("img_r1", 10), like("img_r2", 10)], 0, (id) => older.get(id));
    await store.likes.apply(two, [like("img_r2", 10), like("img_r4", 10)], 0, (id) => older.get(id));
    await store.likes.apply(three, [like("img_r3", 10), like("img_r1", 10, false)], 0, (id) => older.get(id));
    // the catalog now: img_r2 moved to A, img_r3 is gone, img_r4 is new in B
    const catalog = new Map([
      ["img_r1", styleA],
      ["img_r2", styleA],
      ["img_r4", styleB],
    ]);
    expect(await store.popularity.recount(catalog)).toEqual({ accounts: 2, exact: true });
    expect(await store.popularity.likers()).toEqual(
      new Map([
        [styleA, 2],
        [styleB, 1],
      ]),
    );
    // from there the counts move with the likes, as before
    await store.likes.apply(two, [like("img_r4", 20, false)], 0, (id) => catalog.get(id));
    expect((await store.popularity.likers()).get(styleB)).toBeUndefined();
    for (const userId of [one, two, three]) await store.likes.deleteAll(userId, (id) => catalog.get(id));
    expect(await store.popularity.recount(catalog)).toEqual({ accounts: 0, exact: true });
    expect((await store.popularity.likers()).size).toBe(0);
  });

  it("merges board entries per key by the later time, the smaller value on a tie, and forgets only what is unchanged", async () => {
    const userId = `usr_${emailKey()}`;
    const entry = (key: string, value: string, at: number) => ({ key, value, at });
    const sorted = (entries: BoardEntry[]) => [...entries].sort((a, b) => (a.key < b.key ? -1 : 1));
    await store.boards.apply(userId, [entry("n:brd_aaaaaaaaaa", "Neon | studies: one", 10)], []);
    await store.boards.apply(userId, [entry("n:brd_aaaaaaaaaa", "Older", 5)], []);
    expect(await store.boards.get(userId)).toEqual([entry("n:brd_aaaaaaaaaa", "Neon | studies: one", 10)]);
    await store.boards.apply(userId, [entry("n:brd_aaaaaaaaaa", "A tie", 10)], []);
    expect((await store.boards.get(userId))[0]?.value).toBe("A tie");
    const both = await store.boards.apply(
      userId,
      [entry("i:brd_aaaaaaaaaa:img_a", "1", 20), entry("i:brd_aaaaaaaaaa:img_a", "0", 20)],
      [],
    );
    expect(sorted(both)).toEqual([
      entry("i:brd_aaaaaaaaaa:img_a", "0", 20),
      entry("n:brd_aaaaaaaaaa", "A tie", 10),
    ]);
    // forgetting: a stale copy of the entry forgets nothing; the exact one goes
    await store.boards.apply(userId, [], [entry("i:brd_aaaaaaaaaa:img_a", "0", 19)]);
    expect(await store.boards.get(userId)).toHaveLength(2);
    const left = await store.boards.apply(userId, [], [entry("i:brd_aaaaaaaaaa:img_a", "0", 20)]);
    expect(left).toEqual([entry("n:brd_aaaaaaaaaa", "A tie", 10)]);
    await store.boards.deleteAll(userId);
    expect(await store.boards.get(userId)).toEqual([]);
    // ties go to the smaller value by code point, as winner() decides in the browser:
    // U+FF01 is before U+1F600, although its UTF-16 unit is after the emoji's first one
    await store.boards.apply(userId, [entry("n:brd_aaaaaaaaaa", "\u{1F600} board", 10)], []);
    await store.boards.apply(userId, [entry("n:brd_aaaaaaaaaa", "\uFF01 board", 10)], []);
    expect((await store.boards.get(userId))[0]?.value).toBe("\uFF01 board");
    expect(winner(entry("k", "\u{1F600} board", 10), entry("k", "\uFF01 board", 10)).value).toBe(
      "\uFF01 board",
    );
  });

  it("converges two devices' random board actions, with duplicates, to the model", async () => {
    const userId = `usr_${emailKey()}`;
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const keys = ["n:brd_bbbbbbbbbb", "d:brd_bbbbbbbbbb", "i:brd_bbbbbbbbbb:img_1", "i:brd_bbbbbbbbbb:img_2"];
    const device = () =>
      Array.from({ length: 200 }, () => {
        const key = keys[Math.floor(random() * keys.length)] as string;
        const value = key.startsWith("n:")
          ? `name ${["1", "é", "\uFF01", "\u{1F600}", "\u{1F600}\uFF01"][Math.floor(random() * 5)]}`
          : key.startsWith("d:")
            ? ""
            : random() < 0.5
              ? "1"
              : "0";
        return { key, value, at: 1_000 + Math.floor(random() * 100) };
      });
    const devices = [device(), device()];
    await Promise.all(
      devices.map(async (entries) => {
        for (let i = 0; i < entries.length; i += 20) {
          await store.boards.apply(userId, entries.slice(i, i + 20), []);
          if (random() < 0.3) await store.boards.apply(userId, entries.slice(i, i + 20), []);
        }
      }),
    );
    const expected = [...mergeEntries(...devices).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect((await store.boards.get(userId)).sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(expected);
  });

  it("keeps the newest subscription state whatever order states arrive in, also concurrently", async () => {
    const userId = `usr_${emailKey()}`;
    const base: Subscription = {
      subscriptionId: "sub_1",
      customerId: "cus_1",
      status: "active",
      interval: "month",
      currentPeriodEnd: 2_000,
      cancelAtPeriodEnd: false,
      endedAt: null,
      eventAt: 100,
    };
    const states = Array.from({ length: 20 }, (_, i) => ({
      ...base,
      status: (i % 3 === 0 ? "past_due" : "active") as Subscription["status"],
      eventAt: 100 + i,
    }));
    const deleted = { ...base, status: "canceled" as const, endedAt: 150, eventAt: 150 };
    await Promise.all([...states, deleted].reverse().map((state) => store.billing.apply(userId, state)));
    expect(await store.billing.get(userId)).toEqual(deleted);
    expect(await store.billing.apply(userId, { ...base, eventAt: 120 })).toEqual(deleted);
  });

  it("links a customer to a person once and finds either from the other", async () => {
    const userId = `usr_${emailKey()}`;
    const customer = `cus_${emailKey().slice(0, 12)}`;
    expect(await store.billing.customerOf(userId)).toBeUndefined();
    expect(await store.billing.linkCustomer(userId, customer)).toBe(customer);
    expect(await store.billing.linkCustomer(userId, "cus_other")).toBe(customer);
    expect(await store.billing.customerOf(userId)).toBe(customer);
    expect(await store.billing.userOfCustomer(customer)).toBe(userId);
    expect(await store.billing.userOfCustomer("cus_nobody")).toBeUndefined();
  });

  it("says yes to the first delivery of an event only, even when deliveries race", async () => {
    const eventId = `evt_${emailKey()}`;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => store.billing.firstDelivery(eventId, 60_000)),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await store.billing.firstDelivery(eventId, 60_000)).toBe(false);
  });

  // Outbox tests use their own far-future times, each lower than the one before, so a
  // claim at a test's times never reaches mails another test left behind.
  const owedMail = (userId: string, createdAt: number, id = `evt_${emailKey()}:payment_confirmed`) => ({
    id,
    userId,
    body: JSON.stringify({ kind: "billing_notice", notice: "payment_confirmed" }),
    createdAt,
  });

  it("records the mails an event owes with its first delivery only, even when deliveries race", async () => {
    const base = 8_900_000_000_000;
    const userId = `usr_${emailKey()}`;
    const eventId = `evt_${emailKey()}`;
    const mail = owedMail(userId, base, `${eventId}:payment_confirmed`);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => store.billing.firstDelivery(eventId, 60_000, [mail])),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await store.billing.firstDelivery(eventId, 60_000, [mail])).toBe(false);
    // a duplicate event id with another mail records nothing either
    expect(await store.billing.firstDelivery(eventId, 60_000, [owedMail(userId, base)])).toBe(false);
    expect(await store.outbox.claimDue(base - 1, base + 100, 10)).toEqual([]);
    expect(await store.outbox.claimDue(base, base + 100, 10)).toEqual([{ ...mail, attempt: 1 }]);
  });

  it("hands a due mail to one claimer at a time until its lease ends, and forgets it once settled", async () => {
    const base = 8_800_000_000_000;
    const mail = owedMail(`usr_${emailKey()}`, base);
    await store.billing.firstDelivery(`evt_${emailKey()}`, 60_000, [mail]);
    const claims = await Promise.all(
      Array.from({ length: 6 }, () => store.outbox.claimDue(base + 5, base + 1_000, 10)),
    );
    expect(claims.flat()).toEqual([{ ...mail, attempt: 1 }]);
    expect(await store.outbox.claim(mail.id, base + 999, base + 2_000)).toBeUndefined();
    // the lease ran out (the sender died): the next claim gets it, and the stale claim can no longer touch it
    const second = await store.outbox.claim(mail.id, base + 1_000, base + 2_000);
    expect(second).toEqual({ ...mail, attempt: 2 });
    await store.outbox.settle({ ...mail, attempt: 1 });
    await store.outbox.retryAt({ ...mail, attempt: 1 }, base + 1_000);
    expect(await store.outbox.claimDue(base + 1_999, base + 3_000, 10)).toEqual([]);
    await store.outbox.settle(second as NonNullable<typeof second>);
    expect(await store.outbox.claimDue(base + 10_000, base + 20_000, 10)).toEqual([]);
    expect(await store.outbox.claim(mail.id, base + 10_000, base + 20_000)).toBeUndefined();
  });

  it("makes a failed mail due again when told, earliest first, at most `limit` at a time", async () => {
    const base = 8_700_000_000_000;
    const userId = `usr_${emailKey()}`;
    const [a, b, c] = [owedMail(userId, base + 1), owedMail(userId, base + 2), owedMail(userId, base + 3)];
    await store.billing.firstDelivery(`evt_${emailKey()}`, 60_000, [a, b]);
    await store.billing.firstDelivery(`evt_${emailKey()}`, 60_000, [c]);
    const first = await store.outbox.claimDue(base + 10, base + 100, 2);
    expect(first.map((m) => m.id)).toEqual([a.id, b.id]);
    await store.outbox.retryAt(first[0] as (typeof first)[0], base + 500);
    await store.outbox.retryAt(first[1] as (typeof first)[0], base + 50);
    expect((await store.outbox.claimDue(base + 60, base + 200, 10)).map((m) => [m.id, m.attempt])).toEqual([
      [c.id, 1],
      [b.id, 2],
    ]);
    expect(
      (await store.outbox.claimDue(base + 500, base + 600, 10)).map((m) => [m.id, m.attempt]),
    ).toContainEqual([a.id, 2]);
  });

  it("forgets every mail owed to one person, and only theirs", async () => {
    const base = 8_600_000_000_000;
    const [leaving, staying] = [`usr_${emailKey()}`, `usr_${emailKey()}`];
    const mails = [owedMail(leaving, base), owedMail(leaving, base + 1), owedMail(staying, base + 2)];
    await store.billing.firstDelivery(`evt_${emailKey()}`, 60_000, mails);
    await store.outbox.deleteAllOf(leaving);
    await store.outbox.deleteAllOf(`usr_${emailKey()}`); // someone owed nothing: harmless
    expect((await store.outbox.claimDue(base + 10, base + 100, 10)).map((m) => m.userId)).toEqual([staying]);
  });

  it("schedules, moves and cancels deletions, and lists the due ones earliest first", async () => {
    const [a, b, c] = [`usr_${emailKey()}`, `usr_${emailKey()}`, `usr_${emailKey()}`];
    // far-future times keep this test's entries apart from other tests' in a shared store
    const base = 9_000_000_000_000;
    await store.retention.schedule(a, base + 30);
    await store.retention.schedule(b, base + 10);
    await store.retention.schedule(c, base + 20);
    expect(await store.retention.scheduledAt(b)).toBe(base + 10);
    expect(await store.retention.scheduledAt("usr_nobody")).toBeUndefined();
    expect(await store.retention.due(base + 25, 10)).toEqual(expect.arrayContaining([b, c]));
    expect((await store.retention.due(base + 25, 10)).filter((id) => [a, b, c].includes(id))).toEqual([b, c]);
    expect((await store.retention.due(base + 30, 100)).filter((id) => [a, b, c].includes(id))).toEqual([
      b,
      c,
      a,
    ]);
    await store.retention.schedule(b, base + 40); // moved later
    await store.retention.cancel(c);
    await store.retention.cancel(c); // twice is harmless
    expect((await store.retention.due(base + 35, 100)).filter((id) => [a, b, c].includes(id))).toEqual([a]);
    expect(await store.retention.scheduledAt(c)).toBeUndefined();
    for (const id of [a, b]) await store.retention.cancel(id);
  });

  it("keeps everything across a restart", async () => {
    const key = emailKey();
    const created = await store.users.create(key, user({ email: "kept@example.com" }));
    await store.codes.put(
      key,
      "ch-kept",
      { hash: "kept", expiresAt: 99, maxAttempts: 5 },
      Date.now() + 60_000,
      Date.now(),
    );
    const mail = owedMail(created.id, 8_500_000_000_000);
    await store.billing.firstDelivery(`evt_${emailKey()}`, 60_000, [mail]);
    const reopened = subject.open();
    try {
      expect(await reopened.users.get(created.id)).toEqual(created);
      expect(await reopened.codes.get(key, "ch-kept", Date.now())).toEqual({
        hash: "kept",
        expiresAt: 99,
        maxAttempts: 5,
      });
      expect(await reopened.outbox.claimDue(mail.createdAt, mail.createdAt + 1, 10)).toEqual([
        { ...mail, attempt: 1 },
      ]);
    } finally {
      await reopened.close();
    }
  });
});

describe("sqlite store on a file from before challenges", () => {
  it("drops the one-code-per-email table (codes live minutes) and works on the new one", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "mjpro-old-")), "old.db");
    const old = openSqlite(file, { busyTimeoutMs: 5000 });
    old.exec(`create table codes (email_key text primary key, hash text not null, expires_at integer not null,
      forget_at integer not null, attempts integer not null default 0);
      insert into codes values ('k', 'h', 1, 2, 0);`);
    old.close();
    const store = sqliteStore({ file });
    try {
      const now = Date.now();
      await store.codes.put("k", "ch", { hash: "h2", expiresAt: now, maxAttempts: 5 }, now + 60_000, now);
      expect(await store.codes.countAttempt("k", "ch", now)).toBe(1);
    } finally {
      await store.close();
    }
  });
});
