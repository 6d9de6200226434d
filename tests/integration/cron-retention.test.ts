import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "mjpro-cron-"));
const CRON_SECRET = `cron-${randomUUID()}`;

const { GET, POST } = await import("@/app/api/cron/retention/route");
const { getStore } = await import("@/server/store");
const { getEnv } = await import("@/server/env");
const { endedSubscriber } = await import("../support/ended-subscriber");

const call = (authorization?: string) =>
  GET(
    new Request("http://localhost/api/cron/retention", {
      headers: authorization ? { authorization } : {},
    }),
  );

describe("GET /api/cron/retention", () => {
  it("lets no one in while CRON_SECRET is not set", async () => {
    expect(getEnv().CRON_SECRET).toBeUndefined();
    expect((await call()).status).toBe(401);
    expect((await call("Bearer ")).status).toBe(401);
    expect((await call("Bearer undefined")).status).toBe(401);
  });

  it("answers 401 to a missing or wrong secret and runs the job with the right one", async () => {
    getEnv().CRON_SECRET = CRON_SECRET;
    const store = getStore();
    const { id } = await endedSubscriber(store, Date.now() - 91 * 24 * 60 * 60 * 1000);

    for (const header of [
      undefined,
      `Bearer ${CRON_SECRET}x`,
      `Basic ${CRON_SECRET}`,
      CRON_SECRET,
      "Bearer ",
    ]) {
      const refused = await call(header);
      expect(refused.status).toBe(401);
      expect((await refused.json()).error.code).toBe("unauthorized");
    }
    expect(await store.users.get(id)).toBeDefined();

    const ran = await call(`Bearer ${CRON_SECRET}`);
    expect(ran.status).toBe(200);
    expect(ran.headers.get("cache-control")).toContain("no-store");
    expect(await ran.json()).toMatchObject({ deleted: 1, rescheduled: 0, failed: 0 });
    expect(await store.users.get(id)).toBeUndefined();
    expect((await POST(new Request("http://localhost/api/cron/retention", { method: "POST" }))).status).toBe(
      405,
    );
  });
});
