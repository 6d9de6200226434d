import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { readOutbox } from "@/adapters/mail/outbox";

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-webhook-"));
process.env.DATA_DIR = dataDir;
process.env.STRIPE_SECRET_KEY = "sk_test_webhooks";
const secret = "whsec_test_secret_for_webhooks";
process.env.STRIPE_WEBHOOK_SECRET = secret;
process.env.STRIPE_PRICE_MONTH = "price_month";
process.env.STRIPE_PRICE_YEAR = "price_year";

const { POST } = await import("@/app/api/webhooks/stripe/route");
const { getStore } = await import("@/server/store");
const stripe = new Stripe("sk_test_webhooks");

const userId = `usr_${randomUUID().replaceAll("-", "")}`;
const customerId = "cus_webhooktest";
const email = "subscriber@example.com";
const now = Math.floor(Date.now() / 1000);

function subscriptionEvent(
  type: string,
  created: number,
  status: string,
  extra: Record<string, unknown> = {},
) {
  return {
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    object: "event",
    type,
    created,
    api_version: "2026-10-28.endive",
    data: {
      object: {
        id: "sub_test",
        object: "subscription",
        customer: customerId,
        status,
        cancel_at_period_end: false,
        ended_at: null,
        items: {
          object: "list",
          data: [
            {
              id: "si_1",
              current_period_end: now + 30 * 86400,
              price: { id: "price_m", recurring: { interval: "month" } },
            },
          ],
        },
        ...extra,
      },
    },
  };
}

async function deliver(payload: string, options: { timestamp?: number; body?: string } = {}) {
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: options.timestamp });
  return POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "stripe-signature": header, "content-type": "application/json" },
      body: options.body ?? payload,
    }),
  );
}

const mails = async () => (await readOutbox(path.join(dataDir, "outbox"))).filter((m) => m.to === email);

describe("POST /api/webhooks/stripe", () => {
  beforeAll(async () => {
    const store = getStore();
    await store.users.create("emailkey-webhook", {
      id: userId,
      email,
      createdAt: 1,
      ageConfirmedAt: 1,
      tokenVersion: 0,
    });
    await store.billing.linkCustomer(userId, customerId);
  });

  it("refuses a tampered body with 400 and changes nothing", async () => {
    const payload = JSON.stringify(subscriptionEvent("customer.subscription.updated", now, "active"));
    const response = await deliver(payload, { body: payload.replace('"active"', '"trialing"') });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_webhook");
    expect(await getStore().billing.get(userId)).toBeUndefined();
  });

  it("refuses a delivery signed 301 s ago", async () => {
    const payload = JSON.stringify(subscriptionEvent("customer.subscription.updated", now, "active"));
    expect((await deliver(payload, { timestamp: now - 301 })).status).toBe(400);
    expect((await deliver(payload, { timestamp: now - 290 })).status).toBe(200);
  });

  it("applies the same event once: one effect, one email", async () => {
    const payload = JSON.stringify(
      subscriptionEvent("customer.subscription.deleted", now - 50, "canceled", { ended_at: now - 50 }),
    );
    const before = (await mails()).length;
    const first = await deliver(payload);
    const second = await deliver(payload);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await second.json()).outcome).toBe("duplicate");
    const sent = (await mails()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe("Your mjpro Pro subscription has ended");
    expect(sent[0]?.text).toContain("90 days");
  });

  it("ends cancelled when deleted arrives before an older updated", async () => {
    // later than every event above, which all concern the same subscription
    const deleted = subscriptionEvent("customer.subscription.deleted", now + 20, "canceled", {
      ended_at: now + 20,
    });
    const olderUpdate = subscriptionEvent("customer.subscription.updated", now + 10, "active");
    await deliver(JSON.stringify(deleted));
    await deliver(JSON.stringify(olderUpdate));
    expect((await getStore().billing.get(userId))?.status).toBe("canceled");
  });

  it("answers 2xx to event types it does not handle", async () => {
    const payload = JSON.stringify({
      ...subscriptionEvent("customer.subscription.updated", now, "active"),
      type: "charge.refunded",
    });
    const response = await deliver(payload);
    expect(response.status).toBe(200);
    expect((await response.json()).outcome).toBe("ignored");
  });
});
