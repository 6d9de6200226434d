import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRIPE_API_VERSION, stripePayments } from "@/adapters/payments/stripe";

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: URLSearchParams;
}

// a local server standing in for api.stripe.com: it records each call and answers like Stripe
const seen: Seen[] = [];
let server: Server;
let port = 0;

const answers: Record<string, (body: URLSearchParams) => unknown> = {
  "POST /v1/customers": (body) => ({ id: "cus_new", object: "customer", email: body.get("email") }),
  "POST /v1/checkout/sessions": () => ({
    id: "cs_test_1",
    object: "checkout.session",
    url: "https://checkout.stripe.com/c/pay/cs_test_1",
  }),
  "POST /v1/billing_portal/sessions": () => ({
    id: "bps_1",
    object: "billing_portal.session",
    url: "https://billing.stripe.com/p/session/bps_1",
  }),
  "GET /v1/checkout/sessions/cs_test_1": () => ({
    id: "cs_test_1",
    object: "checkout.session",
    client_reference_id: "usr_1",
    customer: "cus_new",
    subscription: "sub_abc",
  }),
  "DELETE /v1/customers/cus_leaving": () => ({ id: "cus_leaving", object: "customer", deleted: true }),
  "DELETE /v1/subscriptions/sub_live": () => ({ id: "sub_live", object: "subscription", status: "canceled" }),
  "GET /v1/subscriptions/sub_abc": () => ({
    id: "sub_abc",
    object: "subscription",
    customer: "cus_new",
    status: "active",
    cancel_at_period_end: true,
    ended_at: null,
    items: {
      object: "list",
      data: [{ id: "si_1", current_period_end: 1_800_000_000, price: { recurring: { interval: "year" } } }],
    },
  }),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => {
      raw += chunk;
    });
    request.on("end", () => {
      const body = new URLSearchParams(raw);
      const key = `${request.method} ${request.url}`;
      seen.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body });
      const answer = answers[key];
      response.writeHead(answer ? 200 : 404, {
        "content-type": "application/json",
        "request-id": "req_local",
      });
      response.end(
        JSON.stringify(answer ? answer(body) : { error: { type: "invalid_request_error", message: key } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const payments = () =>
  stripePayments({
    secretKey: "sk_test_local",
    webhookSecret: "whsec_local",
    prices: { month: "price_month", year: "price_year" },
    host: "127.0.0.1",
    port,
    protocol: "http",
  });

describe("the Stripe adapter's calls", () => {
  it("creates the customer, then a subscription checkout with the right price, owner, URLs and idempotency key", async () => {
    seen.length = 0;
    const result = await payments().createCheckout({
      userId: "usr_1",
      email: "buyer@example.com",
      interval: "month",
      successUrl: "http://localhost:3000/billing/success?session_id={CHECKOUT_SESSION_ID}",
      cancelUrl: "http://localhost:3000/pricing?checkout=cancelled",
      idempotencyKey: "checkout-usr_1-month-42",
    });
    expect(result).toEqual({ url: "https://checkout.stripe.com/c/pay/cs_test_1", customerId: "cus_new" });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      "POST /v1/customers",
      "POST /v1/checkout/sessions",
    ]);
    const [customer, session] = seen as [Seen, Seen];
    expect(customer.body.get("email")).toBe("buyer@example.com");
    expect(customer.headers["idempotency-key"]).toBe("customer-usr_1");
    expect(session.body.get("mode")).toBe("subscription");
    expect(session.body.get("line_items[0][price]")).toBe("price_month");
    expect(session.body.get("line_items[0][quantity]")).toBe("1");
    expect(session.body.get("customer")).toBe("cus_new");
    expect(session.body.get("client_reference_id")).toBe("usr_1");
    expect(session.body.get("success_url")).toBe(
      "http://localhost:3000/billing/success?session_id={CHECKOUT_SESSION_ID}",
    );
    expect(session.body.get("cancel_url")).toBe("http://localhost:3000/pricing?checkout=cancelled");
    expect(session.headers["idempotency-key"]).toBe("checkout-usr_1-month-42");
    expect(session.headers["stripe-version"]).toBe(STRIPE_API_VERSION);
    expect(session.headers.authorization).toBe("Bearer sk_test_local");
  });

  it("reuses a known customer and picks the yearly price", async () => {
    seen.length = 0;
    await payments().createCheckout({
      userId: "usr_2",
      email: "again@example.com",
      customerId: "cus_known",
      interval: "year",
      successUrl: "http://localhost:3000/s",
      cancelUrl: "http://localhost:3000/c",
      idempotencyKey: "k",
    });
    expect(seen.map((s) => s.path)).toEqual(["/v1/checkout/sessions"]);
    expect(seen[0]?.body.get("customer")).toBe("cus_known");
    expect(seen[0]?.body.get("line_items[0][price]")).toBe("price_year");
  });

  it("ends a subscription and deletes a customer for account deletion; ones already gone are fine", async () => {
    seen.length = 0;
    await payments().cancelSubscription("sub_live");
    await payments().deleteCustomer("cus_leaving");
    await payments().cancelSubscription("sub_gone");
    await payments().deleteCustomer("cus_gone");
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      "DELETE /v1/subscriptions/sub_live",
      "DELETE /v1/customers/cus_leaving",
      "DELETE /v1/subscriptions/sub_gone",
      "DELETE /v1/customers/cus_gone",
    ]);
  });

  it("opens the customer portal with a return URL", async () => {
    seen.length = 0;
    const portal = await payments().createPortal({
      customerId: "cus_known",
      returnUrl: "http://localhost:3000/account",
    });
    expect(portal.url).toBe("https://billing.stripe.com/p/session/bps_1");
    expect(seen[0]?.body.get("customer")).toBe("cus_known");
    expect(seen[0]?.body.get("return_url")).toBe("http://localhost:3000/account");
  });

  it("reads a subscription into mjpro's terms, period end from its item", async () => {
    const subscription = await payments().fetchSubscription("sub_abc", 123);
    expect(subscription).toEqual({
      subscriptionId: "sub_abc",
      customerId: "cus_new",
      status: "active",
      interval: "year",
      currentPeriodEnd: 1_800_000_000_000,
      cancelAtPeriodEnd: true,
      endedAt: null,
      eventAt: 123,
    });
  });

  it("reads a checkout back for the success page: owner, customer and subscription", async () => {
    expect(await payments().retrieveCheckout("cs_test_1")).toEqual({
      userId: "usr_1",
      customerId: "cus_new",
      subscriptionId: "sub_abc",
    });
  });

  it("reads the two prices", async () => {
    answers["GET /v1/prices/price_month"] = () => ({
      id: "price_month",
      object: "price",
      unit_amount: 900,
      currency: "eur",
    });
    answers["GET /v1/prices/price_year"] = () => ({
      id: "price_year",
      object: "price",
      unit_amount: 8000,
      currency: "eur",
    });
    expect(await payments().prices()).toEqual({
      month: { amount: 900, currency: "eur" },
      year: { amount: 8000, currency: "eur" },
    });
  });
});
