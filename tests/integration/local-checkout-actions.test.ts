import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { issueToken } from "@/services/auth/tokens";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "mjpro-local-actions-"));

const { POST: act } = await import("@/app/api/billing/local/[action]/route");
const { POST: checkout } = await import("@/app/api/billing/checkout/route");
const { getStore } = await import("@/server/store");
const { getAuthKeys } = await import("@/server/secrets");

async function member(): Promise<string> {
  const id = `usr_${randomUUID().replaceAll("-", "")}`;
  await getStore().users.create(`key-${id}`, {
    id,
    email: `${id}@example.com`,
    createdAt: 1,
    ageConfirmedAt: 1,
    tokenVersion: 0,
  });
  return issueToken(getAuthKeys(), { now: () => Date.now() }, { userId: id, version: 0 });
}

const post = (url: string, token: string, body?: unknown) =>
  new Request(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = (action: string) => ({ params: Promise.resolve({ action }) });

describe("the local test portal", () => {
  it("switches a subscription between monthly and yearly, a new period starting now", async () => {
    const token = await member();
    const { url } = await (
      await checkout(post("http://x/api/billing/checkout", token, { interval: "month" }))
    ).json();
    const paid = await act(
      post("http://x/api/billing/local/complete", token, { sessionId: url.split("/").at(-1) }),
      params("complete"),
    );
    expect((await paid.json()).subscription.interval).toBe("month");
    const switched = await (
      await act(post("http://x/api/billing/local/switch_interval", token), params("switch_interval"))
    ).json();
    expect(switched.plan).toBe("pro");
    expect(switched.subscription.interval).toBe("year");
    expect(Date.parse(switched.subscription.currentPeriodEnd) - Date.now()).toBeGreaterThan(360 * 86_400_000);
  });

  it("refuses an action it does not have with a 400 that lists the ones it has", async () => {
    const response = await act(post("http://x/api/billing/local/refund", await member()), params("refund"));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/switch_interval/);
  });
});
