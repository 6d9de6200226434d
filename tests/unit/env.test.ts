import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";

describe("settings", () => {
  it("falls back to the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.siteUrl).toBe("http://localhost:3000");
    expect(env.CLOUDINARY_CLOUD_NAME).toBeUndefined();
  });

  it("treats empty values as unset and honours PORT in the default site URL", () => {
    const env = parseEnv({ PORT: "4100", SITE_URL: "", CLOUDINARY_CLOUD_NAME: "" });
    expect(env.siteUrl).toBe("http://localhost:4100");
    expect(env.CLOUDINARY_CLOUD_NAME).toBeUndefined();
  });

  it("names every bad setting in one message", () => {
    expect(() => parseEnv({ PORT: "http", SITE_URL: "not a url" })).toThrow(/PORT.*SITE_URL|SITE_URL.*PORT/);
  });
});
