import { describe, expect, it } from "vitest";
import { LOCAL_SESSION_LIFETIME_MS, LOCAL_SESSION_LIMIT, localPayments } from "@/adapters/payments/local";

const checkout = (userId: string) => ({
  userId,
  email: "x@example.com",
  interval: "month" as const,
  successUrl: "http://x/ok",
  cancelUrl: "http://x/no",
  idempotencyKey: "k",
});
const sessionIdOf = (url: string) => url.split("/").at(-1) as string;

describe("the local checkout's open sessions", () => {
  it("expire after their lifetime: a day-old checkout can no longer be completed", async () => {
    let now = Date.UTC(2026, 11, 1);
    const local = localPayments({ now: () => now });
    const { url } = await local.createCheckout(checkout("usr_a"));
    const id = sessionIdOf(url);
    now += LOCAL_SESSION_LIFETIME_MS - 1;
    expect(local.session(id)?.userId).toBe("usr_a");
    now += 1;
    expect(local.session(id)).toBeUndefined();
    expect(() => local.act("complete", { userId: "usr_a", sessionId: id })).toThrow(/no such checkout/);
  });

  it("are bounded: past the limit the oldest open checkout is forgotten first", async () => {
    const now = Date.UTC(2026, 11, 1);
    const local = localPayments({ now: () => now });
    const ids: string[] = [];
    for (let i = 0; i <= LOCAL_SESSION_LIMIT; i++) {
      ids.push(sessionIdOf((await local.createCheckout(checkout(`usr_${i}`))).url));
    }
    expect(local.session(ids[0] as string)).toBeUndefined();
    expect(local.session(ids[1] as string)?.userId).toBe("usr_1");
    expect(local.session(ids.at(-1) as string)?.userId).toBe(`usr_${LOCAL_SESSION_LIMIT}`);
  });

  it("keep their order when looked at: a viewed old checkout is still the first to go", async () => {
    const now = Date.UTC(2026, 11, 1);
    const local = localPayments({ now: () => now });
    const first = sessionIdOf((await local.createCheckout(checkout("usr_first"))).url);
    for (let i = 1; i < LOCAL_SESSION_LIMIT; i++) await local.createCheckout(checkout(`usr_${i}`));
    expect(local.session(first)?.userId).toBe("usr_first");
    const last = sessionIdOf((await local.createCheckout(checkout("usr_last"))).url);
    expect(local.session(first)).toBeUndefined();
    expect(local.session(last)?.userId).toBe("usr_last");
  });

  it("are gone once completed", async () => {
    const local = localPayments({ now: () => Date.UTC(2026, 11, 1) });
    const id = sessionIdOf((await local.createCheckout(checkout("usr_b"))).url);
    expect(local.act("complete", { userId: "usr_b", sessionId: id }).type).toBe("invoice.paid");
    expect(local.session(id)).toBeUndefined();
  });
});
