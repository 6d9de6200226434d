import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { localPayments } from "@/adapters/payments/local";
import type { Store } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { sqliteStore } from "@/adapters/store/sqlite";
import { openSqlite } from "@/adapters/store/sqlite-driver";
import { createCatalog } from "@/domain/catalog/catalog";
import { authenticate } from "@/services/auth/authenticate";
import { emailKeyOf } from "@/services/auth/crypto";
import { requestCode } from "@/services/auth/request-code";
import { verifyCode } from "@/services/auth/verify-code";
import { recordSubscription } from "@/services/billing/record-subscription";
import { owedMail } from "@/services/mail/owed-message";
import { deleteAccount } from "@/services/privacy/delete-account";
import { exportData } from "@/services/privacy/export-data";
import { newAccount, recordingPayments } from "../support/accounts";
import { testAuth } from "../support/auth-context";
import { fixtureCatalog } from "../support/catalog-fixture";

/** No image belongs to a catalog style here: popularity counts stay out of these tests. */
const noStyles = () => undefined;

const prefix = `test:${randomUUID()}:`;
const sqliteFile = path.join(mkdtempSync(path.join(tmpdir(), "mjpro-privacy-")), "s.db");
const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const catalog = createCatalog({ version: "t", styles: [] }, (s) => s);

/** Every place a store keeps something of this person (in a key's name or its contents): Redis keys, or SQLite tables. */
async function traces(kind: "redis" | "sqlite", ids: string[]): Promise<string[]> {
  const mentions = (text: string) => ids.some((id) => text.includes(id));
  if (kind === "redis") {
    const redis = new Redis(redisUrl);
    const found: string[] = [];
    for (const key of await redis.keys(`${prefix}*`)) {
      if (mentions(key) || mentions(await contentsOf(redis, key))) found.push(key.slice(prefix.length));
    }
    redis.disconnect();
    return found;
  }
  const db = openSqlite(sqliteFile, { busyTimeoutMs: 5000 });
  const found: string[] = [];
  for (const { name } of db.prepare("select name from sqlite_master where type = 'table'").all() as {
    name: string;
  }[]) {
    for (const row of db.prepare(`select * from ${name}`).all() as Record<string, unknown>[]) {
      if (Object.values(row).some((v) => typeof v === "string" && mentions(v))) found.push(name);
    }
  }
  db.close();
  return found;
}

async function contentsOf(redis: Redis, key: string): Promise<string> {
  const type = await redis.type(key);
  if (type === "string") return (await redis.get(key)) ?? "";
  if (type === "hash") return JSON.stringify(await redis.hgetall(key));
  if (type === "zset") return JSON.stringify(await redis.zrange(key, "0", "-1"));
  if (type === "set") return JSON.stringify(await redis.smembers(key));
  if (type === "list") return JSON.stringify(await redis.lrange(key, "0", "-1"));
  throw new Error(`the inventory does not know Redis type ${type} (key ${key})`);
}

const stores: { kind: "redis" | "sqlite"; store: Store }[] = [
  { kind: "redis", store: redisStore({ url: redisUrl, prefix }) },
  { kind: "sqlite", store: sqliteStore({ file: sqliteFile }) },
];
afterAll(async () => {
  for (const { store } of stores) await store.close();
});

describe.each(stores)("export and deletion ($kind)", ({ kind, store }) => {
  it("ends a live subscription (only a live one) and deletes the customer at the payment provider first", async () => {
    const t = testAuth(store);
    const { payments, cancelled, deletedCustomers } = recordingPayments();
    const person = async (status: "active" | "past_due" | "canceled", subscriptionId: string) => {
      const email = `${randomUUID()}@example.com`;
      const created = await newAccount(store, {
        email,
        emailKey: emailKeyOf(t.ctx.keys.hmacKey, email),
        createdAt: 1,
      });
      const { id } = created;
      await store.billing.linkCustomer(id, `cus_${id}`);
      await recordSubscription(store, id, {
        subscriptionId,
        customerId: `cus_${id}`,
        status,
        interval: "month",
        currentPeriodEnd: Date.now() + 1e9,
        cancelAtPeriodEnd: false,
        endedAt: status === "canceled" ? Date.now() : null,
        eventAt: Date.now(),
      });
      return created;
    };
    const ctx = {
      store,
      payments,
      hmacKey: t.ctx.keys.hmacKey,
      limits: t.ctx.limits,
      catalog: fixtureCatalog([]),
    };
    await deleteAccount(ctx, await person("active", "sub_live_1"));
    await deleteAccount(ctx, await person("past_due", "sub_live_2"));
    await deleteAccount(ctx, await person("canceled", "sub_over_3"));
    expect(cancelled).toEqual(["sub_live_1", "sub_live_2"]);
    expect(deletedCustomers).toHaveLength(3);

    // an instance without Stripe settings refuses to "cancel" a Stripe subscription, and keeps the account
    const stripeCustomer = await person("active", "sub_1StripeReal");
    await expect(
      deleteAccount({ ...ctx, payments: localPayments({ now: () => Date.now() }) }, stripeCustomer),
    ).rejects.toThrow(/not a local test subscription/);
    expect(await store.users.get(stripeCustomer.id)).toBeDefined();
  });

  it("exports exactly what is kept, and deletion leaves nothing of the account", async () => {
    const t = testAuth(store);
    const email = `leaving-${randomUUID().slice(0, 8)}@example.com`;
    const { token, user } = await verifyCode(t.ctx, {
      email,
      ...(await t.send(email, "192.0.2.1")),
      ip: "192.0.2.1",
      ageConfirmed: true,
    });
    const emailKey = emailKeyOf(t.ctx.keys.hmacKey, email);
    const customerId = `cus_local_${randomUUID().slice(0, 8)}`;
    await store.likes.apply(
      user.id,
      [
        { imageId: "img_aaaaaaaa", liked: true, at: 5 },
        { imageId: "img_bbbbbbbb", liked: false, at: 6 },
      ],
      0,
      noStyles,
    );
    await store.boards.apply(
      user.id,
      [
        { key: "n:brd_leavingboard", value: "Neon studies", at: 7 },
        { key: "i:brd_leavingboard:img_aaaaaaaa", value: "1", at: 8 },
      ],
      [],
    );
    await store.billing.linkCustomer(user.id, customerId);
    // a subscription that has ended: its state, and the account's scheduled deletion
    const endedAt = Date.UTC(2026, 10, 1);
    await recordSubscription(store, user.id, {
      subscriptionId: "sub_p",
      customerId,
      status: "canceled",
      interval: "year",
      currentPeriodEnd: endedAt,
      cancelAtPeriodEnd: false,
      endedAt,
      eventAt: endedAt,
    });
    // a code asked for from another client, still live
    await requestCode(t.ctx, { email, ip: "192.0.2.2" });

    // a notice owed and not sent yet (the mail provider was down): kept only until it goes
    await store.billing.firstDelivery(`evt_${randomUUID().slice(0, 8)}`, 60_000, [
      owedMail({
        eventId: `evt_${randomUUID().slice(0, 8)}`,
        userId: user.id,
        createdAt: 1,
        body: { kind: "billing_notice", notice: "subscription_ended" },
      }),
    ]);

    const record = await store.users.get(user.id);
    const exported = await exportData({ store, catalog, now: 1_000 }, record as NonNullable<typeof record>);
    expect(exported.account).toEqual({
      id: user.id,
      email,
      createdAt: new Date(t.ctx.clock.now()).toISOString(),
      ageConfirmedAt: new Date(t.ctx.clock.now()).toISOString(),
      deletionScheduledAt: new Date(endedAt + 90 * 24 * 60 * 60 * 1000).toISOString(),
    });
    expect(exported.likes.map((l) => [l.imageId, l.liked])).toEqual([
      ["img_bbbbbbbb", false],
      ["img_aaaaaaaa", true],
    ]);
    expect(exported.boards).toEqual([
      {
        id: "brd_leavingboard",
        name: "Neon studies",
        imageIds: ["img_aaaaaaaa"],
        updatedAt: new Date(8).toISOString(),
      },
    ]);
    expect(exported.subscription).toMatchObject({
      status: "canceled",
      interval: "year",
      paymentCustomerId: customerId,
    });

    const ids = [user.id, emailKey, customerId, email];
    // the inventory: what a person leaves in the store, each exported above and deleted below
    const before = (await traces(kind, ids))
      .map((k) =>
        k.startsWith("{outbox}:")
          ? k.replace(/^(\{outbox\}:(mail|user):).*$/, "$1")
          : k.replace(/\{[^}]*\}/, "{}").replace(/^(rl:[a-z0-9-]+:).*$/, "$1"),
      )
      .sort();
    expect(before).toEqual(
      kind === "redis"
        ? [
            "ch:{}",
            "cust:{}",
            "e:{}",
            "{outbox}:mail:",
            "{outbox}:user:",
            "rl:auth-send-email-1h:",
            "retention",
            "u:{}:boards",
            "u:{}:customer",
            "u:{}:likes",
            "u:{}:profile",
            "u:{}:subscription",
          ].sort()
        : [
            "billing",
            "board_entries",
            "board_entries",
            "codes",
            "likes",
            "likes",
            "mail_outbox",
            "rate_limits",
            "retention",
            "users",
          ],
    );

    const payments = localPayments({ now: () => Date.now() });
    await deleteAccount(
      { store, payments, hmacKey: t.ctx.keys.hmacKey, limits: t.ctx.limits, catalog: fixtureCatalog([]) },
      record as NonNullable<typeof record>,
    );
    expect(await traces(kind, ids)).toEqual([]);
    await expect(authenticate(t.ctx, token)).rejects.toThrow(/Sign in again/);
    // running it again is harmless
    await expect(
      deleteAccount(
        { store, payments, hmacKey: t.ctx.keys.hmacKey, limits: t.ctx.limits, catalog: fixtureCatalog([]) },
        record as NonNullable<typeof record>,
      ),
    ).resolves.toBeUndefined();
  });
});
