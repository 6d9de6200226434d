import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "mjpro-process-wide-"));
delete process.env.REDIS_URL;

describe("process-wide objects", () => {
  it("are made once per process, whichever copy of a module asks (Next loads one per bundle)", async () => {
    const first = await import("@/server/store");
    const store = first.getStore();
    vi.resetModules();
    const second = await import("@/server/store");
    expect(second).not.toBe(first);
    expect(second.getStore()).toBe(store);
    const env = (await import("@/server/env")).getEnv();
    vi.resetModules();
    expect((await import("@/server/env")).getEnv()).toBe(env);
  });

  it("are made anew, for a test that changes the settings, once forgotten", async () => {
    const { getEnv } = await import("@/server/env");
    const before = getEnv();
    const { forgetProcessWide } = await import("@/server/process-wide");
    forgetProcessWide("env");
    expect(getEnv()).not.toBe(before);
    expect(getEnv()).toBe(getEnv());
  });
});
