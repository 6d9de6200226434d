import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import Stripe from "stripe";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger } from "@/server/log";
import { forgetProcessWide, replaceProcessWide } from "@/server/process-wide";

// a port nothing listens on: Stripe's API "refuses connections"
const closedPort = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

const secret = "whsec_errors_secret";
Object.assign(process.env, {
  DATA_DIR: mkdtempSync(path.join(tmpdir(), "mjpro-webhook-errors-")),
  STRIPE_SECRET_KEY: "sk_test_errors",
  STRIPE_WEBHOOK_SECRET: secret,
  STRIPE_PRICE_MONTH: "price_m",
  STRIPE_PRICE_YEAR: "price_y",
  STRIPE_API_URL: `http://127.0.0.1:${closedPort}`,
});

// the app's log lines, as written
const lines: Record<string, unknown>[] = [];
replaceProcessWide(
  "log",
  createLogger({
    level: "info",
    destination: new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  }),
);

const { POST } = await import("@/app/api/webhooks/stripe/route");
const { getStore } = await import("@/server/store");
const stripe = new Stripe("sk_test_errors");

const userId = `usr_${randomUUID().replaceAll("-", "")}`;
const customerId = "cus_errors";
const nowSeconds = () => Math.floor(Date.now() / 1000);

function deliver(payload: string, timestamp?: number) {
  return POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: {
        "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }),
      },
      body: payload,
    }),
  );
}

const event = (type: string, object: unknown, created = nowSeconds()) =>
  JSON.stringify({
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    object: "event",
    type,
    created,
    data: { object },
  });

const subscription = {
  id: "sub_errors",
  object: "subscription",
  customer: customerId,
  status: "active",
  cancel_at_period_end: false,
  ended_at: null,
  items: {
    object: "list",
    data: [{ current_period_end: nowSeconds() + 86400, price: { recurring: { interval: "month" } } }],
  },
};

const refusals = () => lines.filter((line) => line.event === "webhook_refused");

beforeAll(async () => {
  const store = getStore();
  await store.users.create("emailkey-errors", {
    id: userId,
    email: "errors@example.com",
    createdAt: 1,
    ageConfirmedAt: 1,
    tokenVersion: 0,
  });
  await store.billing.linkCustomer(userId, customerId);
});

describe("webhook deliveries that are signed but wrong", () => {
  it.each([
    ["a body that is not JSON", "{"],
    ["null", "null"],
    ["an event whose data.object is null", event("customer.subscription.updated", null)],
    [
      "a subscription event without the subscription's fields",
      event("customer.subscription.updated", { id: "sub_x" }),
    ],
    ["an invoice whose customer is a number", event("invoice.paid", { customer: 42 })],
    ["an event without a type", JSON.stringify({ id: "evt_1", created: nowSeconds(), data: { object: {} } })],
  ])("answers 400 malformed_event to %s, with one log line, and changes nothing", async (_name, payload) => {
    const before = refusals().length;
    const response = await deliver(payload);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("malformed_event");
    const logged = refusals().slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: "warn", refused: "malformed_event" });
    // neither the body nor the secret reaches the log
    expect(JSON.stringify(logged[0])).not.toContain(secret);
    expect(JSON.stringify(logged[0])).not.toContain("sub_x");
    expect(await getStore().billing.get(userId)).toBeUndefined();
  });

  it("refuses a delivery signed further in the future than the tolerance", async () => {
    const payload = event("customer.subscription.updated", subscription);
    const response = await deliver(payload, nowSeconds() + 400);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_webhook");
    expect(await getStore().billing.get(userId)).toBeUndefined();
  });

  it("refuses an event dated further in the future than the tolerance, and takes one within it", async () => {
    const future = event("customer.subscription.updated", subscription, nowSeconds() + 3600);
    const refused = await deliver(future);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toMatch(/future/);
    expect(await getStore().billing.get(userId)).toBeUndefined();

    const skewed = await deliver(event("customer.subscription.updated", subscription, nowSeconds() + 60));
    expect(skewed.status).toBe(200);
    expect((await getStore().billing.get(userId))?.status).toBe("active");
  });

  it("answers 503 with Retry-After when Stripe's API refuses connections, so Stripe delivers again", async () => {
    const response = await deliver(
      event("invoice.paid", {
        customer: customerId,
        parent: { subscription_details: { subscription: "sub_fetch_me" } },
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect((await response.json()).error.code).toBe("payments_unavailable");
    expect(lines.some((line) => line.event === "payments_unavailable")).toBe(true);
  }, 20_000);

  it("answers 503 with Retry-After when the store does not answer, so Stripe delivers again", async () => {
    vi.resetModules();
    // the log (this file's own) stays; the store is made anew with the new setting
    forgetProcessWide("store", "env");
    process.env.REDIS_URL = `redis://127.0.0.1:${closedPort}`;
    try {
      const { POST: post } = await import("@/app/api/webhooks/stripe/route");
      const payload = event("customer.subscription.updated", subscription);
      const response = await post(
        new Request("http://localhost/api/webhooks/stripe", {
          method: "POST",
          headers: { "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload, secret }) },
          body: payload,
        }),
      );
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect((await response.json()).error.code).toBe("store_unavailable");
      await (await import("@/server/store")).getStore().close();
    } finally {
      delete process.env.REDIS_URL;
    }
  }, 20_000);
});
