import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisStore } from "@/adapters/store/redis";
import { stateOf } from "@/domain/likes/merge";
import { newAccount } from "../support/accounts";

/** No image belongs to a catalog style here: popularity counts stay out of these tests. */
const noStyles = () => undefined;

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test:scripts:${randomUUID()}:`;
const admin = new Redis(REDIS_URL);
const store = redisStore({ url: REDIS_URL, prefix });

afterAll(async () => {
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length > 0) await admin.del(...keys);
  admin.disconnect();
  await store.close();
});

describe("redis store scripts (run by SHA1)", () => {
  it("keep working after Redis forgets its scripts (a restart, a failover, SCRIPT FLUSH)", async () => {
    const user = await newAccount(store);
    await store.likes.apply(user.id, [{ imageId: "img_aaaaaaaa", liked: true, at: 1_000 }], 0, noStyles);
    await admin.script("FLUSH");
    const merged = await store.likes.apply(
      user.id,
      [{ imageId: "img_bbbbbbbb", liked: true, at: 2_000 }],
      0,
      noStyles,
    );
    expect([...stateOf(merged).keys()].sort()).toEqual(["img_aaaaaaaa", "img_bbbbbbbb"]);
    await admin.script("FLUSH");
    expect(await store.users.bumpTokenVersion(user.id)).toBe(user.tokenVersion + 1);
  });

  it("send the script text once, not with every call", async () => {
    const user = await newAccount(store);
    const monitor = await admin.monitor();
    const commands: string[] = [];
    // MONITOR sees every client: only this test's key counts
    monitor.on("monitor", (_time: string, args: string[]) => {
      if (args.some((arg) => String(arg).startsWith(prefix))) commands.push(String(args[0]).toLowerCase());
    });
    for (let i = 0; i < 5; i++)
      await store.likes.apply(
        user.id,
        [{ imageId: "img_cccccccc", liked: i % 2 === 0, at: 3_000 + i }],
        0,
        noStyles,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
    monitor.disconnect();
    // the first call may find the script gone (the test above flushed it) and send it once
    const scripted = commands.filter((c) => c === "evalsha" || c === "eval");
    expect(scripted.filter((c) => c === "evalsha").length).toBeGreaterThanOrEqual(4);
    expect(scripted.filter((c) => c === "eval").length).toBeLessThanOrEqual(1);
  });
});
