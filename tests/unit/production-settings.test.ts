import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";
import { assertProductionSettings, missingProductionSettings } from "@/server/production-settings";

const complete = {
  VERCEL: "1",
  SITE_URL: "https://mjpro.example.com",
  AUTH_SECRET: "x".repeat(48),
  REDIS_URL: "rediss://default:pw@eu1-example.upstash.io:6379",
  RESEND_API_KEY: "re_123",
  MAIL_FROM: "mjpro <sign-in@mjpro.example.com>",
  STRIPE_SECRET_KEY: "sk_live_123",
  STRIPE_WEBHOOK_SECRET: "whsec_123",
  STRIPE_PRICE_MONTH: "price_m",
  STRIPE_PRICE_YEAR: "price_y",
  CLOUDINARY_CLOUD_NAME: "mjpro",
  CLOUDINARY_API_KEY: "123456789012345",
  CLOUDINARY_API_SECRET: "cloudinary-secret",
  CRON_SECRET: "c".repeat(32),
  OPERATOR_NAME: "Example Studio Ltd",
  CONTACT_EMAIL: "privacy@mjpro.example.com",
};

describe("production settings check", () => {
  it("asks nothing of a local instance", () => {
    expect(missingProductionSettings(parseEnv({}))).toEqual([]);
    expect(() => assertProductionSettings(parseEnv({ REDIS_URL: "redis://127.0.0.1:6379" }))).not.toThrow();
  });

  it("names every missing setting at once on Vercel or with MJPRO_ENV=production", () => {
    for (const hosted of [{ VERCEL: "1" }, { MJPRO_ENV: "production" }]) {
      const missing = missingProductionSettings(parseEnv(hosted));
      expect(missing.map((m) => m.split(":")[0])).toEqual([
        "SITE_URL",
        "AUTH_SECRET",
        "REDIS_URL",
        "RESEND_API_KEY",
        "MAIL_FROM",
        "STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_MONTH, STRIPE_PRICE_YEAR",
        "CLOUDINARY_CLOUD_NAME, CLOUDINARY_API_KEY, CLOUDINARY_API_SECRET",
        "CRON_SECRET",
        "OPERATOR_NAME, CONTACT_EMAIL",
      ]);
    }
    expect(() => assertProductionSettings(parseEnv({ VERCEL: "1" }))).toThrow(
      /production settings missing[\s\S]*- SITE_URL[\s\S]*- CRON_SECRET/,
    );
  });

  it("passes a complete configuration, and one missing piece is named alone", () => {
    expect(missingProductionSettings(parseEnv(complete))).toEqual([]);
    const { CRON_SECRET: _dropped, ...withoutCron } = complete;
    expect(missingProductionSettings(parseEnv(withoutCron))).toEqual([
      "CRON_SECRET: lets the daily retention job in",
    ]);
    const { STRIPE_PRICE_YEAR: _price, ...demo } = complete;
    expect(missingProductionSettings(parseEnv(demo))).toHaveLength(1);
    expect(missingProductionSettings(parseEnv({ ...demo, ALLOW_LOCAL_PAYMENTS: "yes" }))).toEqual([]);
  });
});
