import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  effectiveSubscription,
  isPro,
  newerState,
  parseStoredSubscriptions,
  type Subscription,
  type SubscriptionSet,
  withSubscription,
} from "@/domain/billing/subscription";

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 26);

const sub = (overrides: Partial<Subscription> = {}): Subscription => ({
  subscriptionId: "sub_1",
  customerId: "cus_1",
  status: "active",
  interval: "month",
  currentPeriodEnd: now + 10 * DAY,
  cancelAtPeriodEnd: false,
  endedAt: null,
  eventAt: now - DAY,
  ...overrides,
});

describe("entitlement from a subscription", () => {
  it.each([
    ["no subscription", undefined, false],
    ["active", sub(), true],
    ["trialing", sub({ status: "trialing" }), true],
    ["past_due (Stripe is retrying the payment)", sub({ status: "past_due" }), true],
    ["cancelled at period end, period still running", sub({ cancelAtPeriodEnd: true }), true],
    [
      "cancelled at period end, period over",
      sub({ cancelAtPeriodEnd: true, currentPeriodEnd: now - 1 }),
      false,
    ],
    ["active but the period has ended (a missed renewal event)", sub({ currentPeriodEnd: now }), false],
    ["unpaid", sub({ status: "unpaid" }), false],
    ["canceled", sub({ status: "canceled", endedAt: now - DAY }), false],
    ["incomplete", sub({ status: "incomplete" }), false],
    ["incomplete_expired", sub({ status: "incomplete_expired" }), false],
    ["paused", sub({ status: "paused" }), false],
  ] as const)("%s → Pro: %s", (_name, subscription, expected) => {
    expect(isPro(subscription, now)).toBe(expected);
  });
});

describe("converging on the newest state", () => {
  it("keeps the state of the later event whatever order events arrive in", () => {
    const updated = sub({ status: "active", eventAt: now - 2 * DAY });
    const deleted = sub({ status: "canceled", endedAt: now - DAY, eventAt: now - DAY });
    expect(newerState(newerState(undefined, deleted), updated).status).toBe("canceled");
    expect(newerState(newerState(undefined, updated), deleted).status).toBe("canceled");
  });

  it("is the same for any order and any duplicates of the same events", () => {
    const statuses = ["active", "past_due", "canceled", "trialing"] as const;
    const event = fc
      .record({ status: fc.constantFrom(...statuses), eventAt: fc.integer({ min: 0, max: 20 }) })
      .map(({ status, eventAt }) => sub({ status, eventAt }));
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 12 }), fc.nat(), (events, rotation) => {
        const fold = (list: Subscription[]) => list.reduce<Subscription | undefined>(newerState, undefined);
        const rotated = [
          ...events.slice(rotation % events.length),
          ...events.slice(0, rotation % events.length),
        ];
        const reversed = [...events].reverse();
        const withDuplicates = [...events, ...events.slice(0, 3)];
        const expected = fold(events);
        for (const order of [rotated, reversed, withDuplicates]) {
          const got = fold(order);
          expect([got?.status, got?.eventAt]).toEqual([expected?.status, expected?.eventAt]);
        }
      }),
    );
  });
});

describe("a person's subscriptions", () => {
  const merge = (states: Subscription[]) =>
    effectiveSubscription(states.reduce<SubscriptionSet | undefined>(withSubscription, undefined));

  it("lets a resubscribe decide over an ended subscription, in either order", () => {
    const ended = sub({ status: "canceled", endedAt: now - DAY, eventAt: now - DAY });
    const renewed = sub({ subscriptionId: "sub_2", eventAt: now - 2 * DAY });
    expect(merge([ended, renewed])?.subscriptionId).toBe("sub_2");
    expect(merge([renewed, ended])?.subscriptionId).toBe("sub_2");
  });

  it("keeps Pro when a duplicate subscription is cancelled while another is live", () => {
    const live = sub({ subscriptionId: "sub_main", eventAt: now - 3 * DAY });
    const duplicateCancelled = sub({
      subscriptionId: "sub_dup",
      status: "canceled",
      endedAt: now,
      eventAt: now,
    });
    expect(merge([live, duplicateCancelled])?.subscriptionId).toBe("sub_main");
    expect(isPro(merge([duplicateCancelled, live]), now)).toBe(true);
  });

  it("does not let a checkout that never went through hide an ended subscription", () => {
    const ended = sub({ status: "canceled", endedAt: now - 10 * DAY, eventAt: now - 10 * DAY });
    const failed = sub({ subscriptionId: "sub_try", status: "incomplete_expired", eventAt: now });
    expect(merge([ended, failed])?.subscriptionId).toBe("sub_1");
    expect(merge([failed, ended])?.subscriptionId).toBe("sub_1");
  });

  it("reads a state stored before sets as a set of one", () => {
    const single = sub();
    expect(parseStoredSubscriptions(JSON.stringify(single))).toEqual({ sub_1: single });
  });

  it("decides the same for any order and duplicates of events about several subscriptions", () => {
    const statuses = [
      "active",
      "past_due",
      "canceled",
      "trialing",
      "incomplete",
      "incomplete_expired",
      "unpaid",
    ] as const;
    const event = fc
      .record({
        id: fc.constantFrom("sub_a", "sub_b", "sub_c"),
        status: fc.constantFrom(...statuses),
        eventAt: fc.integer({ min: 0, max: 20 }),
        periodEnd: fc.integer({ min: 0, max: 5 }),
      })
      .map(({ id, status, eventAt, periodEnd }) =>
        sub({ subscriptionId: id, status, eventAt, currentPeriodEnd: now + periodEnd * DAY }),
      );
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 14 }), fc.nat(), (events, rotation) => {
        const expected = merge(events);
        const rotated = [
          ...events.slice(rotation % events.length),
          ...events.slice(0, rotation % events.length),
        ];
        for (const order of [rotated, [...events].reverse(), [...events, ...events.slice(0, 4)]]) {
          expect(merge(order)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});
