import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { UnauthorizedError } from "@/services/auth/errors";
import { getEnv } from "./env";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Scheduled jobs are called with `Authorization: Bearer $CRON_SECRET` (Vercel Cron sends
 * it when the setting exists). Without the setting no caller is let in.
 */
export function requireCronSecret(request: Request): void {
  const secret = getEnv().CRON_SECRET;
  const given = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (!secret || !given || !timingSafeEqual(digest(given), digest(secret))) {
    throw new UnauthorizedError("This job needs the cron secret.");
  }
}
