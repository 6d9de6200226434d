import { describe, expect, it, vi } from "vitest";
import { forgetProcessWide } from "@/server/process-wide";

describe("the local test checkout in hosted production", () => {
  it("is refused unless explicitly allowed", async () => {
    vi.resetModules();
    forgetProcessWide();
    process.env.VERCEL = "1";
    delete process.env.ALLOW_LOCAL_PAYMENTS;
    delete process.env.STRIPE_SECRET_KEY;
    const refused = await import("@/server/payments");
    expect(() => refused.getLocalPayments()).toThrow(/refused in production/);

    vi.resetModules();
    forgetProcessWide();
    process.env.ALLOW_LOCAL_PAYMENTS = "yes";
    const allowed = await import("@/server/payments");
    expect(allowed.getLocalPayments().kind).toBe("local");
    delete process.env.VERCEL;
    delete process.env.ALLOW_LOCAL_PAYMENTS;
  });
});
