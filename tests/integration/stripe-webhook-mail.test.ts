import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

// stands in for api.resend.com: fails the first POST with a 500, then accepts, and keeps
// Resend's promise for a repeated Idempotency-Key (the first answer again, nothing sent)
interface ResendCall {
  status: number;
  key: string | undefined;
  to: string;
}
const calls: ResendCall[] = [];
const accepted = new Map<string, string>();
let failNext = 1;
const resend = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const key = request.headers["idempotency-key"] as string | undefined;
    const { to } = JSON.parse(Buffer.concat(chunks).toString()) as { to: string };
    if (failNext > 0) {
      failNext--;
      calls.push({ status: 500, key, to });
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ statusCode: 500, name: "internal_server_error", message: "down" }));
      return;
    }
    const id = (key && accepted.get(key)) ?? randomUUID();
    if (key && !accepted.has(key)) accepted.set(key, id);
    calls.push({ status: 200, key, to });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ id }));
  });
});
await new Promise<void>((resolve) => resend.listen(0, "127.0.0.1", resolve));
afterAll(() => new Promise<void>((resolve) => resend.close(() => resolve())));

const secret = "whsec_mail_secret";
const cronSecret = `cron-${randomUUID()}`;
Object.assign(process.env, {
  DATA_DIR: mkdtempSync(path.join(tmpdir(), "mjpro-webhook-mail-")),
  STRIPE_SECRET_KEY: "sk_test_mail",
  STRIPE_WEBHOOK_SECRET: secret,
  STRIPE_PRICE_MONTH: "price_m",
  STRIPE_PRICE_YEAR: "price_y",
  RESEND_API_KEY: "re_test_outbox",
  RESEND_BASE_URL: `http://127.0.0.1:${(resend.address() as AddressInfo).port}`,
  MAIL_FROM: "mjpro <billing@mjpro.test>",
  CRON_SECRET: cronSecret,
});

const { POST } = await import("@/app/api/webhooks/stripe/route");
const { GET: drain } = await import("@/app/api/cron/mail/route");
const { getStore } = await import("@/server/store");
const stripe = new Stripe("sk_test_mail");
afterEach(() => vi.useRealTimers());

const email = "renewed@example.com";
const userId = `usr_${randomUUID().replaceAll("-", "")}`;

function deliver(payload: string) {
  return POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload, secret }) },
      body: payload,
    }),
  );
}

const cron = (authorization?: string) =>
  drain(new Request("http://localhost/api/cron/mail", { headers: authorization ? { authorization } : {} }));

describe("a billing notice when Resend fails once", () => {
  it("answers Stripe 200, retries from the cron job after the backoff, and the person gets the notice exactly once", async () => {
    await getStore().users.create("key-renewed", {
      id: userId,
      email,
      createdAt: 1,
      ageConfirmedAt: 1,
      tokenVersion: 0,
    });
    const created = Math.floor(Date.now() / 1000);
    const payload = JSON.stringify({
      id: `evt_${randomUUID().replaceAll("-", "")}`,
      object: "event",
      type: "customer.subscription.deleted",
      created,
      data: {
        object: {
          id: "sub_mail",
          object: "subscription",
          customer: "cus_mail",
          status: "canceled",
          cancel_at_period_end: false,
          ended_at: created,
          metadata: {},
          items: {
            object: "list",
            data: [{ current_period_end: created, price: { recurring: { interval: "month" } } }],
          },
        },
      },
    });
    await getStore().billing.linkCustomer(userId, "cus_mail");

    const first = await deliver(payload);
    expect(first.status).toBe(200);
    expect((await first.json()).outcome).toBe("applied");
    expect(calls.map((c) => c.status)).toEqual([500]);
    // Stripe delivering the event again changes nothing and owes nothing more
    expect((await (await deliver(payload)).json()).outcome).toBe("duplicate");

    expect((await cron()).status).toBe(401);
    // not due yet: the first retry waits 30 s
    expect(await (await cron(`Bearer ${cronSecret}`)).json()).toMatchObject({ sent: 0 });
    expect(calls).toHaveLength(1);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 31_000);
    const ran = await cron(`Bearer ${cronSecret}`);
    expect(ran.status).toBe(200);
    expect(ran.headers.get("cache-control")).toContain("no-store");
    expect(await ran.json()).toMatchObject({ sent: 1, retrying: 0, givenUp: 0 });
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await (await cron(`Bearer ${cronSecret}`)).json()).toMatchObject({ sent: 0 });

    expect(calls.map((c) => [c.status, c.to])).toEqual([
      [500, email],
      [200, email],
    ]);
    expect(calls[0]?.key).toBeTruthy();
    expect(calls[1]?.key).toBe(calls[0]?.key);
  });
});
