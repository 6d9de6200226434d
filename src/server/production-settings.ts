import { type Env, isProduction } from "./env";

interface Requirement {
  names: string[];
  why: string;
  met(env: Env): boolean;
}

const set = (value: string | undefined) => value !== undefined && value !== "";

const REQUIREMENTS: Requirement[] = [
  {
    names: ["SITE_URL"],
    why: "the public origin for links, sitemaps and Stripe's return URLs",
    met: (e) => set(e.SITE_URL),
  },
  {
    names: ["AUTH_SECRET"],
    why: "signs tokens and keys code hashes; every instance must share it",
    met: (e) => set(e.AUTH_SECRET),
  },
  { names: ["REDIS_URL"], why: "the store (Upstash: rediss://…)", met: (e) => set(e.REDIS_URL) },
  {
    names: ["RESEND_API_KEY"],
    why: "sends sign-in codes and billing mail",
    met: (e) => set(e.RESEND_API_KEY),
  },
  {
    names: ["MAIL_FROM"],
    why: "the sender, on a domain verified at Resend",
    met: (e) => !e.MAIL_FROM.includes("mjpro.local"),
  },
  {
    names: ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_MONTH", "STRIPE_PRICE_YEAR"],
    why: "Pro subscriptions (or ALLOW_LOCAL_PAYMENTS=yes for a demo without payments)",
    met: (e) =>
      e.ALLOW_LOCAL_PAYMENTS === "yes" ||
      (set(e.STRIPE_SECRET_KEY) &&
        set(e.STRIPE_WEBHOOK_SECRET) &&
        set(e.STRIPE_PRICE_MONTH) &&
        set(e.STRIPE_PRICE_YEAR)),
  },
  {
    names: ["CLOUDINARY_CLOUD_NAME", "CLOUDINARY_API_KEY", "CLOUDINARY_API_SECRET"],
    why: "image delivery through signed URLs (local images are not part of a deployment)",
    met: (e) => set(e.CLOUDINARY_CLOUD_NAME) && set(e.CLOUDINARY_API_KEY) && set(e.CLOUDINARY_API_SECRET),
  },
  { names: ["CRON_SECRET"], why: "lets the daily retention job in", met: (e) => set(e.CRON_SECRET) },
  {
    names: ["OPERATOR_NAME", "CONTACT_EMAIL"],
    why: "who runs the site and where people write, named in the privacy policy",
    met: (e) => e.OPERATOR_NAME !== "the mjpro team" && !e.CONTACT_EMAIL.endsWith("@mjpro.example"),
  },
  {
    names: ["MJPRO_TEST_SETTINGS"],
    why: "must not be yes: it is the end-to-end tests' switch for looser sign-in limits",
    met: (e) => e.MJPRO_TEST_SETTINGS !== "yes",
  },
];

/** Each production setting that is missing (or left at its local default, or set to a test value), with why. */
export function missingProductionSettings(env: Env): string[] {
  if (!isProduction(env)) return [];
  return REQUIREMENTS.filter((r) => !r.met(env)).map((r) => `${r.names.join(", ")}: ${r.why}`);
}
