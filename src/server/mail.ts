import "server-only";
import path from "node:path";
import { outboxMail } from "@/adapters/mail/outbox";
import type { MailPort } from "@/adapters/mail/port";
import { resendMail } from "@/adapters/mail/resend";
import { getEnv, resolveFromCwd } from "./env";
import { processWide } from "./process-wide";

/** Resend when RESEND_API_KEY is set, else files in DATA_DIR/outbox ("local mode"); one per process. */
export function getMail(): { port: MailPort; local: boolean } {
  return processWide("mail", () => {
    const env = getEnv();
    return env.RESEND_API_KEY
      ? { port: resendMail({ apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM }), local: false }
      : { port: outboxMail({ dir: path.join(resolveFromCwd(env.DATA_DIR), "outbox") }), local: true };
  });
}
