import { CODE_RECORD_TTL_MS, CODE_TTL_MS } from "@/domain/auth/policy";
import { renderSignInCodeMail } from "@/emails/sign-in-code";
import type { AuthContext } from "./context";
import { emailKeyOf, generateCode, hashCode, ipKeyOf } from "./crypto";
import { RateLimitedError } from "./errors";
import { spendAll } from "./limits";

export interface RequestCodeInput {
  /** normalized (trimmed, lowercased) */
  email: string;
  ip: string;
}

/**
 * Sends a sign-in code. Known and unknown emails take the same path and get the same
 * answer: the account is looked up only when the code is verified.
 */
export async function requestCode(ctx: AuthContext, input: RequestCodeInput): Promise<void> {
  const emailKey = emailKeyOf(ctx.keys.hmacKey, input.email);
  const limited = await spendAll(ctx, [
    [ctx.limits.sendPerIpHour, ipKeyOf(ctx.keys.hmacKey, input.ip)],
    [ctx.limits.sendPerEmailMinute, emailKey],
    [ctx.limits.sendPerEmailHour, emailKey],
  ]);
  if (limited) {
    throw new RateLimitedError(
      `Too many codes requested. Try again in ${describeWait(limited.retryAfterSeconds)}.`,
      limited.retryAfterSeconds,
    );
  }
  const code = generateCode();
  const now = ctx.clock.now();
  await ctx.store.codes.put(
    emailKey,
    { hash: hashCode(ctx.keys.hmacKey, emailKey, code), expiresAt: now + CODE_TTL_MS },
    CODE_RECORD_TTL_MS,
  );
  const mail = await renderSignInCodeMail({ code, minutes: CODE_TTL_MS / 60_000 });
  await ctx.mail.send({ to: input.email, ...mail });
  if (ctx.revealCodesInLog) ctx.log(`[local mode] sign-in code for ${input.email}: ${code}`);
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
