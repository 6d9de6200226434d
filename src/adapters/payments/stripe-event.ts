import { z } from "zod";
import {
  SUBSCRIPTION_STATUSES,
  type Subscription,
  type SubscriptionStatus,
} from "@/domain/billing/subscription";
import type { PaymentEvent } from "./port";

/**
 * The parts of Stripe's objects mjpro reads, checked with zod: a correctly signed event
 * of an unexpected shape is refused as malformed instead of failing somewhere inside.
 * Objects stay loose: Stripe adds fields without a new API version.
 */
const id = z.string().min(1).max(255);
/** an expandable reference: the id, or the object carrying it */
const ref = z.union([id, z.looseObject({ id })]).nullish();
const seconds = z.number().int().nonnegative();

export const stripeSubscription = z.looseObject({
  id,
  customer: z.union([id, z.looseObject({ id })]),
  status: z.string(),
  cancel_at_period_end: z.boolean(),
  ended_at: seconds.nullish(),
  items: z.looseObject({
    data: z.array(
      z.looseObject({
        current_period_end: seconds.nullish(),
        price: z.looseObject({ recurring: z.looseObject({ interval: z.string() }).nullish() }).nullish(),
      }),
    ),
  }),
});
export type StripeSubscription = z.infer<typeof stripeSubscription>;

const checkoutSession = z.looseObject({
  client_reference_id: id.nullish(),
  customer: ref,
  subscription: ref,
});

const invoice = z.looseObject({
  customer: ref,
  parent: z
    .looseObject({
      subscription_details: z.looseObject({ subscription: ref }).nullish(),
    })
    .nullish(),
});

const envelope = z.looseObject({
  // Stripe's shape; the id goes into store keys and the mail provider's idempotency key
  id: z.string().regex(/^evt_[A-Za-z0-9_]{1,100}$/, "must be a Stripe event id"),
  type: z.string().min(1).max(100),
  created: seconds,
  data: z.looseObject({ object: z.looseObject({}) }),
});

const asId = (value: z.infer<typeof ref>) => (typeof value === "string" ? value : (value?.id ?? undefined));

function statusOf(status: string): SubscriptionStatus {
  return (SUBSCRIPTION_STATUSES as readonly string[]).includes(status)
    ? (status as SubscriptionStatus)
    : "incomplete";
}

/** Stripe's subscription object in mjpro's terms. The period end lives on the items since API 2025. */
export function subscriptionFromStripe(subscription: StripeSubscription, eventAt: number): Subscription {
  const item = subscription.items.data[0];
  return {
    subscriptionId: subscription.id,
    customerId: asId(subscription.customer) ?? "",
    status: statusOf(subscription.status),
    interval: item?.price?.recurring?.interval === "year" ? "year" : "month",
    currentPeriodEnd: (item?.current_period_end ?? 0) * 1000,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    endedAt: subscription.ended_at ? subscription.ended_at * 1000 : null,
    eventAt,
  };
}

export type ParsedEvent = { ok: true; event: PaymentEvent } | { ok: false; problem: string };

/** One readable line out of zod's issues: paths and expectations, never the values sent. */
const issuesOf = (error: z.ZodError) =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "event"}: ${issue.message}`)
    .join("; ");

function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  at: string,
): { ok: true; data: z.infer<T> } | { ok: false; problem: string } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problem: `${at}${issuesOf(result.error)}` };
}

/** A verified event's parsed JSON in mjpro's terms, or what is wrong with its shape. */
export function eventFromStripe(json: unknown): ParsedEvent {
  const parsed = parse(envelope, json, "");
  if (!parsed.ok) return parsed;
  const event = parsed.data;
  const createdAt = event.created * 1000;
  const base: PaymentEvent = { id: event.id, type: event.type, createdAt };
  const object = event.data.object;
  switch (event.type) {
    case "checkout.session.completed": {
      const session = parse(checkoutSession, object, "data.object.");
      if (!session.ok) return session;
      return {
        ok: true,
        event: {
          ...base,
          userId: session.data.client_reference_id ?? undefined,
          customerId: asId(session.data.customer),
          subscriptionId: asId(session.data.subscription),
        },
      };
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      const carried = parse(stripeSubscription, object, "data.object.");
      if (!carried.ok) return carried;
      const subscription = subscriptionFromStripe(carried.data, createdAt);
      return {
        ok: true,
        event: {
          ...base,
          customerId: subscription.customerId,
          subscription,
          subscriptionId: subscription.subscriptionId,
        },
      };
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const paid = parse(invoice, object, "data.object.");
      if (!paid.ok) return paid;
      return {
        ok: true,
        event: {
          ...base,
          customerId: asId(paid.data.customer),
          subscriptionId: asId(paid.data.parent?.subscription_details?.subscription),
        },
      };
    }
    default:
      return { ok: true, event: base };
  }
}
