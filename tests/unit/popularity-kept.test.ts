import { describe, expect, it } from "vitest";
import { keptPopularity } from "@/server/caches";

describe("popularity counts, kept a minute", () => {
  it("reads the store at most once a minute, and keeps the last counts while the store cannot be read", async () => {
    let reads = 0;
    let failing = false;
    const read = async () => {
      reads++;
      if (failing) throw new Error("store down");
      return new Map([["sty_a", reads]]);
    };
    const start = 5_000_000;
    const first = await keptPopularity(read, start);
    expect(first.likersOf("sty_a")).toBe(1);
    expect(first.likersOf("sty_unknown")).toBe(0);
    await Promise.all(Array.from({ length: 10 }, () => keptPopularity(read, start + 59_999)));
    expect(reads).toBe(1);
    const second = await keptPopularity(read, start + 60_000);
    expect(second.likersOf("sty_a")).toBe(2);
    expect(second.version).not.toBe(first.version);
    failing = true;
    const during = await keptPopularity(read, start + 120_000);
    expect(during.likersOf("sty_a")).toBe(2);
    expect(during.version).toBe(second.version);
  });
});
