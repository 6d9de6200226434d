import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPro, newerState, type Subscription } from "@/domain/billing/subscription";

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

  it("lets a new subscription replace an ended one, but not a live one from a later event", () => {
    const ended = sub({ status: "canceled", endedAt: now - DAY, eventAt: now - DAY });
    const renewed = sub({ subscriptionId: "sub_2", eventAt: now - 2 * DAY });
    expect(newerState(ended, renewed).subscriptionId).toBe("sub_2");
    const live = sub({ eventAt: now });
    const stale = sub({ subscriptionId: "sub_0", status: "canceled", eventAt: now - 5 * DAY });
    expect(newerState(live, stale).subscriptionId).toBe("sub_1");
  });
});
