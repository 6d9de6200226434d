import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Store } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { sqliteStore } from "@/adapters/store/sqlite";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { emailKeyOf } from "@/services/auth/crypto";
import { endedSubscriber } from "../support/ended-subscriber";
import { runOperatorScript } from "../support/operator-script";

/** No image belongs to a catalog style here: popularity counts stay out of these tests. */
const noStyles = () => undefined;

const AUTH_SECRET = `operator-test-secret-${randomUUID()}`;
process.env.AUTH_SECRET = AUTH_SECRET;
const { getAuthKeys } = await import("@/server/secrets");
const hmacKey = getAuthKeys().hmacKey;

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-operator-"));
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Runs `npm run account -- …` as the operator would, with the app's settings in the environment. */
function account(settings: Record<string, string>, ...args: string[]) {
  return runOperatorScript("scripts/operator/account.ts", args, {
    ...process.env,
    DATA_DIR: dataDir,
    AUTH_SECRET,
    ...settings,
  });
}

const subjects: { kind: string; settings: Record<string, string>; store: Store }[] = [
  { kind: "sqlite", settings: {}, store: sqliteStore({ file: path.join(dataDir, "mjpro.db") }) },
  { kind: "redis", settings: { REDIS_URL }, store: redisStore({ url: REDIS_URL }) },
];
afterAll(async () => {
  for (const { store } of subjects) await store.close();
});

describe("the retention job outside Vercel", () => {
  it("npm run retention deletes an account whose subscription ended 90 days ago, and vercel.json runs the route daily", async () => {
    const store = subjects[0]?.store as Store;
    const { id } = await endedSubscriber(store, Date.now() - 90 * 24 * 60 * 60 * 1000 - 60_000);
    const result = await runOperatorScript("scripts/operator/retention.ts", [], {
      ...process.env,
      DATA_DIR: dataDir,
      AUTH_SECRET,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ job: "retention", deleted: 1 });
    expect(await store.users.get(id)).toBeUndefined();

    const vercel = JSON.parse(readFileSync("vercel.json", "utf8"));
    expect(vercel.crons).toEqual([
      { path: "/api/cron/retention", schedule: expect.stringMatching(/^\d+ \d+ \* \* \*$/) },
      // owed mail (the outbox) is retried every few minutes
      { path: "/api/cron/mail", schedule: expect.stringMatching(/^\*\/\d+ \* \* \* \*$/) },
    ]);
  }, 30_000);
});

describe("recounting popularity", () => {
  it("npm run recount-popularity counts every account's likes again with the catalog, and corrects what drifted", async () => {
    const store = subjects[0]?.store as Store;
    const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
    const [style] = catalog.styles.filter((s) => s.images.length >= 2);
    const [first, second] = style?.images ?? [];
    if (!style || !first || !second) throw new Error("the demo catalog has no style with two images");
    // liked with counts that did not move (as after a crash between a merge and its count)
    const like = (imageId: string) => ({ imageId, liked: true, at: Date.UTC(2026, 1, 3) });
    await store.likes.apply(`usr_${randomUUID()}`, [like(first.id), like(second.id)], 0, noStyles);
    await store.likes.apply(`usr_${randomUUID()}`, [like(second.id)], 0, noStyles);
    expect((await store.popularity.likers()).get(style.id)).toBeUndefined();

    const result = await runOperatorScript("scripts/operator/recount-popularity.ts", [], {
      ...process.env,
      DATA_DIR: dataDir,
      AUTH_SECRET,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      job: "recount-popularity",
      accounts: 2,
      styles: 1,
      corrected: 1,
    });
    expect((await store.popularity.likers()).get(style.id)).toBe(2);
    expect(readFileSync("package.json", "utf8")).toContain(
      '"recount-popularity": "tsx --conditions=react-server scripts/operator/recount-popularity.ts"',
    );
  }, 30_000);
});

// each test spawns its own processes for its own accounts, so all four run side by side
describe.concurrent.each(subjects)("operator account commands ($kind store)", ({ settings, store }) => {
  it("exports the same JSON as the account page, and deletes only with --yes", async () => {
    const email = `Mailed-${randomUUID().slice(0, 6)}@Example.com`;
    const { id } = await endedSubscriber(store, Date.UTC(2026, 10, 1), {
      email: email.toLowerCase(),
      emailKey: emailKeyOf(hmacKey, email.toLowerCase()),
      createdAt: Date.UTC(2026, 0, 2),
    });
    await store.likes.apply(
      id,
      [{ imageId: "img_operator", liked: true, at: Date.UTC(2026, 1, 3) }],
      0,
      noStyles,
    );

    const out = path.join(dataDir, `${id}.json`);
    // addresses are found however they are typed in the request
    const exported = await account(settings, "export", `  ${email} `, "--out", out);
    expect(exported.code).toBe(0);
    const data = JSON.parse(readFileSync(out, "utf8"));
    expect(data.account).toEqual({
      id,
      email: email.toLowerCase(),
      createdAt: "2026-01-02T00:00:00.000Z",
      ageConfirmedAt: "2026-01-02T00:00:00.000Z",
      deletionScheduledAt: "2027-01-30T00:00:00.000Z",
    });
    expect(data.likes).toEqual([
      { imageId: "img_operator", styleId: null, liked: true, at: "2026-02-03T00:00:00.000Z" },
    ]);
    expect(data.subscription).toMatchObject({ status: "canceled", paymentCustomerId: null });

    const dryRun = await account(settings, "delete", email);
    expect(dryRun.code).toBe(3);
    expect(dryRun.stderr).toContain("1 likes, subscription canceled");
    expect(await store.users.get(id)).toBeDefined();

    const deleted = await account(settings, "delete", email, "--yes");
    expect(deleted.code).toBe(0);
    expect(await store.users.get(id)).toBeUndefined();
    expect(await store.likes.get(id)).toEqual([]);
    expect(await store.billing.get(id)).toBeUndefined();
    expect(await store.retention.scheduledAt(id)).toBeUndefined();

    const again = await account(settings, "delete", email, "--yes");
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("No account uses");
    expect((await account(settings, "export", email)).code).toBe(1);
  }, 150_000);

  it("refuses a malformed address or command with a clear message", async () => {
    const bad = await account(settings, "export", "not-an-address");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("email must be a valid email address");
    const unknown = await account(settings, "erase", "a@example.com");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("usage: npm run account");
  }, 60_000);
});
