import { describe, expect, it } from "vitest";
import { describeWait } from "@/services/auth/request-code";

describe("describeWait", () => {
  it("says a wait in the unit people think in, from seconds to the 30 days of a client's failures", () => {
    expect([1, 45, 60, 61, 3599, 5400, 47 * 3600, 30 * 86_400].map(describeWait)).toEqual([
      "1 second",
      "45 seconds",
      "1 minute",
      "2 minutes",
      "60 minutes",
      "2 hours",
      "47 hours",
      "30 days",
    ]);
  });
});
