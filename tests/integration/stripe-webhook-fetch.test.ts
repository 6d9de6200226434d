import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { readOutbox } from "@/adapters/mail/outbox";

// events that carry only a subscription id make the app fetch the subscription from Stripe;
// a local server stands in for api.stripe.com and answers with the state we choose
let subscriptionStatus = "active";
const periodEnd = Math.floor(Date.now() / 1000) + 30 * 86400;
const stripeStandIn = createServer((request, response) => {
  response.writeHead(request.url === "/v1/subscriptions/sub_fetch" ? 200 : 404, {
    "content-type": "application/json",
  });
  response.end(
    JSON.stringify({
      id: "sub_fetch",
      object: "subscription",
      customer: "cus_fetch",
      status: subscriptionStatus,
      cancel_at_period_end: false,
      ended_at: null,
      items: {
        object: "list",
        data: [{ id: "si_1", current_period_end: periodEnd, price: { recurring: { interval: "month" } } }],
      },
    }),
  );
});
await new Promise<void>((resolve) => stripeStandIn.listen(0, "127.0.0.1", resolve));

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-webhook-fetch-"));
const secret = "whsec_fetch_secret";
Object.assign(process.env, {
  DATA_DIR: dataDir,
  STRIPE_SECRET_KEY: "sk_test_fetch",
  STRIPE_WEBHOOK_SECRET: secret,
  STRIPE_PRICE_MONTH: "price_m",
  STRIPE_PRICE_YEAR: "price_y",
  STRIPE_API_URL: `http://127.0.0.1:${(stripeStandIn.address() as AddressInfo).port}`,
});

const { POST } = await import("@/app/api/webhooks/stripe/route");
const { getStore } = await import("@/server/store");
const stripe = new Stripe("sk_test_fetch");
afterAll(() => new Promise<void>((resolve) => stripeStandIn.close(() => resolve())));

const userId = `usr_${randomUUID().replaceAll("-", "")}`;
const email = "fetched@example.com";

async function deliver(type: string, object: Record<string, unknown>, created: number) {
  const payload = JSON.stringify({
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    object: "event",
    type,
    created,
    data: { object },
  });
  return POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload, secret }) },
      body: payload,
    }),
  );
}

describe("webhooks that carry only a subscription id", () => {
  it("checkout.session.completed links the customer to the person and makes them Pro", async () => {
    await getStore().users.create("key-fetch", {
      id: userId,
      email,
      createdAt: 1,
      ageConfirmedAt: 1,
      tokenVersion: 0,
    });
    const now = Math.floor(Date.now() / 1000);
    const response = await deliver(
      "checkout.session.completed",
      {
        id: "cs_1",
        object: "checkout.session",
        client_reference_id: userId,
        customer: "cus_fetch",
        subscription: "sub_fetch",
      },
      now - 5,
    );
    expect(response.status).toBe(200);
    expect(await getStore().billing.userOfCustomer("cus_fetch")).toBe(userId);
    expect((await getStore().billing.get(userId))?.status).toBe("active");
  });

  it("invoice.payment_failed takes the state from Stripe (past_due) and mails the person once", async () => {
    subscriptionStatus = "past_due";
    const now = Math.floor(Date.now() / 1000);
    const invoice = {
      id: "in_1",
      object: "invoice",
      customer: "cus_fetch",
      parent: { type: "subscription_details", subscription_details: { subscription: "sub_fetch" } },
    };
    expect((await deliver("invoice.payment_failed", invoice, now)).status).toBe(200);
    expect((await getStore().billing.get(userId))?.status).toBe("past_due");
    const mails = (await readOutbox(path.join(dataDir, "outbox"))).filter((m) => m.to === email);
    expect(mails.map((m) => m.subject)).toEqual(["Your mjpro payment did not go through"]);
  });
});
