import path from "node:path";
import { z } from "zod";
import { processWide } from "./process-wide";
import { testAuthLimits } from "./test-settings-schema";

/**
 * Every setting the app reads, in one place. Each has an embedded default so
 * `npm start` works with no configuration; .env.example documents them.
 */
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** public origin used in sitemap.xml, canonical links and social metadata */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** where mutable data lives (the store, the mail outbox) */
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
  /** the catalog content file */
  CATALOG_PATH: z.preprocess(emptyAsUndefined, z.string().default("content/catalog.json")),
  /** originals served by the local images adapter */
  LOCAL_IMAGES_DIR: z.preprocess(emptyAsUndefined, z.string().default("content/images")),
  /** switches image delivery to Cloudinary */
  CLOUDINARY_CLOUD_NAME: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-zA-Z0-9_-]+$/)
      .optional(),
  ),
  CLOUDINARY_FOLDER: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-zA-Z0-9_/-]+$/)
      .optional(),
  ),
  /** with the cloud name: the server signs every image URL with them, and the import uploads with them (never sent to a browser) */
  CLOUDINARY_API_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+$/, "must be digits").optional()),
  CLOUDINARY_API_SECRET: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  /** signs tokens and keys code hashes; without it a random one is kept in DATA_DIR (local only) */
  AUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  /** switches the store from SQLite to Redis (redis://, or rediss:// for TLS as on Upstash) */
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
      .optional(),
  ),
  /** switches mail from the outbox folder to Resend */
  RESEND_API_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith("re_", "must start with re_").optional(),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("mjpro <sign-in@mjpro.local>")),
  /** switch payments to Stripe (with the webhook secret and price ids) */
  STRIPE_SECRET_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(sk|rk)_(test|live)_/, "must be a Stripe secret key")
      .optional(),
  ),
  STRIPE_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith("whsec_", "must start with whsec_").optional(),
  ),
  STRIPE_PRICE_MONTH: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith("price_", "must start with price_").optional(),
  ),
  STRIPE_PRICE_YEAR: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith("price_", "must start with price_").optional(),
  ),
  /** where the Stripe SDK sends API calls instead of api.stripe.com, e.g. a stripe-mock or test server */
  STRIPE_API_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** who runs the site, named in the privacy policy and terms */
  OPERATOR_NAME: z.preprocess(emptyAsUndefined, z.string().max(120).default("the mjpro team")),
  /** where people write about their data */
  CONTACT_EMAIL: z.preprocess(emptyAsUndefined, z.email().default("privacy@mjpro.example")),
  /** the "last updated" date of the privacy policy and terms */
  POLICY_UPDATED: z.preprocess(emptyAsUndefined, z.iso.date().default("2026-12-02")),
  /** how much the server logs (structured JSON on stdout, never personal data) */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** the bearer secret scheduled jobs (GET /api/cron/retention) are called with; Vercel Cron sends it */
  CRON_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, "must be at least 16 characters").optional(),
  ),
  /** "yes" lets a hosted deployment run the local test checkout (a demo); anything else refuses it */
  ALLOW_LOCAL_PAYMENTS: z.preprocess(emptyAsUndefined, z.string().optional()),
  /**
   * How many proxies of the operator's own stand between clients and this server, each
   * appending to X-Forwarded-For (0: clients connect directly). Ignored on Vercel, whose
   * own header says who the client is. docs/operations.md "Client addresses".
   */
  TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10).default(0)),
  /** set by Vercel; any Vercel deployment counts as production (see isProduction) */
  VERCEL: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** "production" on other hosts: every production setting is then required at start-up */
  MJPRO_ENV: z.preprocess(emptyAsUndefined, z.enum(["local", "production"]).default("local")),
  /** "no" keeps sign-in codes out of the log in local (outbox) mode too; production never logs them */
  SIGN_IN_CODES_IN_LOG: z.preprocess(emptyAsUndefined, z.enum(["yes", "no"]).default("yes")),
  /**
   * "yes" lets the TEST_* settings take effect (the end-to-end tests' server, docs/operations.md "Testing in detail").
   * A production deployment refuses to start with it and ignores every TEST_* setting.
   */
  MJPRO_TEST_SETTINGS: z.preprocess(emptyAsUndefined, z.enum(["yes", "no"]).default("no")),
  /** sign-in limits that replace the real ones, e.g. `sendPerClientMinute=1/5` (points/seconds, comma-separated) */
  TEST_AUTH_LIMITS: z.preprocess(emptyAsUndefined, testAuthLimits.optional()),
});

export type Env = z.infer<typeof envSchema> & { siteUrl: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`mjpro: invalid settings: ${problems}`);
  }
  const env = result.data;
  return { ...env, siteUrl: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "") };
}

/** A deployment serving real people: on Vercel, or declared with MJPRO_ENV=production. */
export function isProduction(env: Env): boolean {
  return Boolean(env.VERCEL) || env.MJPRO_ENV === "production";
}

/** The settings, read once per process. */
export function getEnv(): Env {
  return processWide("env", () => parseEnv(process.env));
}

export function resolveFromCwd(file: string): string {
  // settings name files at run time; the catalog and images are not part of the traced server bundle
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
