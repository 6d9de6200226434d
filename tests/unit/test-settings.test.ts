import { describe, expect, it } from "vitest";
import { LIMITS } from "@/domain/auth/policy";
import { parseEnv } from "@/server/env";
import { missingProductionSettings } from "@/server/production-settings";
import { authLimits } from "@/server/test-settings";

const shortWindow = { TEST_AUTH_LIMITS: "sendPerClientMinute=1/5, sendPerEmailHour=10/600" };

describe("test settings (the end-to-end server's shorter limits)", () => {
  it("replace the named limits only when MJPRO_TEST_SETTINGS=yes", () => {
    const limits = authLimits(parseEnv({ MJPRO_TEST_SETTINGS: "yes", ...shortWindow }));
    expect(limits.sendPerClientMinute).toEqual({
      ...LIMITS.sendPerClientMinute,
      points: 1,
      durationSeconds: 5,
    });
    expect(limits.sendPerEmailHour).toEqual({ ...LIMITS.sendPerEmailHour, points: 10, durationSeconds: 600 });
    expect(limits.sendPerIpHour).toEqual(LIMITS.sendPerIpHour);
    expect(authLimits(parseEnv(shortWindow))).toBe(LIMITS);
    expect(authLimits(parseEnv({ MJPRO_TEST_SETTINGS: "no", ...shortWindow }))).toBe(LIMITS);
  });

  it("are ignored in production, which also refuses to start with the switch on", () => {
    for (const hosted of [{ VERCEL: "1" }, { MJPRO_ENV: "production" }]) {
      const env = parseEnv({ ...hosted, MJPRO_TEST_SETTINGS: "yes", ...shortWindow });
      expect(authLimits(env)).toBe(LIMITS);
      expect(missingProductionSettings(env).map((m) => m.split(":")[0])).toContain("MJPRO_TEST_SETTINGS");
    }
    expect(missingProductionSettings(parseEnv({ VERCEL: "1" })).map((m) => m.split(":")[0])).not.toContain(
      "MJPRO_TEST_SETTINGS",
    );
  });

  it("are validated: an unknown limit, a zero or a malformed entry stops the server", () => {
    for (const bad of [
      "sendPerClientMinute=1",
      "nope=1/5",
      "sendPerClientMinute=0/5",
      "sendPerClientMinute=1/5,",
    ])
      expect(() => parseEnv({ TEST_AUTH_LIMITS: bad }), bad).toThrow(/TEST_AUTH_LIMITS/);
    expect(() => parseEnv({ MJPRO_TEST_SETTINGS: "on" })).toThrow(/MJPRO_TEST_SETTINGS/);
  });
});
