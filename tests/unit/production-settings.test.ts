import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";
import { missingProductionSettings } from "@/server/production-settings";

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

describe("the check before `npm run build`", () => {
  const check = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/check-production-settings.ts"], {
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
      encoding: "utf8",
    });

  it("stops a production build without its settings, naming them all, and lets others through", () => {
    const hosted = check({ VERCEL: "1" });
    expect(hosted.status).toBe(1);
    expect(hosted.stderr).toMatch(/production settings missing[\s\S]*- SITE_URL[\s\S]*- CRON_SECRET/);
    expect(check({}).status).toBe(0);
    expect(check({ ...complete, VERCEL: "1" }).status).toBe(0);
  }, 30_000);
});
