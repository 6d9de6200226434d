import { describe, expect, it } from "vitest";
import { keptStoreHealth } from "@/server/caches";
import type { StoreHealth } from "@/services/health/check-store";

describe("the store's health, kept a second", () => {
  it("pings at most once a second however many checks come, and shares a ping in flight", async () => {
    let pings = 0;
    const check = async (): Promise<StoreHealth> => {
      pings++;
      return "ok";
    };
    const start = 1_000_000;
    const answers = await Promise.all(Array.from({ length: 20 }, () => keptStoreHealth(check, start)));
    expect(answers.every((a) => a === "ok")).toBe(true);
    await keptStoreHealth(check, start + 999);
    expect(pings).toBe(1);
    await keptStoreHealth(check, start + 1000);
    expect(pings).toBe(2);
  });
});
