import "server-only";
import path from "node:path";
import { outboxMail } from "@/adapters/mail/outbox";
import type { MailPort } from "@/adapters/mail/port";
import { resendMail } from "@/adapters/mail/resend";
import { getEnv, resolveFromCwd } from "./env";

let cached: { port: MailPort; local: boolean } | undefined;

/** Resend when RESEND_API_KEY is set, else files in DATA_DIR/outbox ("local mode"). */
export function getMail(): { port: MailPort; local: boolean } {
  if (cached) return cached;
  const env = getEnv();
  cached = env.RESEND_API_KEY
    ? { port: resendMail({ apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM }), local: false }
    : { port: outboxMail({ dir: path.join(resolveFromCwd(env.DATA_DIR), "outbox") }), local: true };
  return cached;
}
