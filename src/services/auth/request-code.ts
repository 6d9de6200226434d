import {
  ATTEMPTS_UNDER_ATTACK,
  CODE_RECORD_TTL_MS,
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
} from "@/domain/auth/policy";
import { renderSignInCodeMail } from "@/emails/sign-in-code";
import type { AuthContext } from "./context";
import {
  challengeKeyOf,
  clientKeyOf,
  emailKeyOf,
  generateChallenge,
  generateCode,
  hashCode,
  ipKeyOf,
} from "./crypto";
import { RateLimitedError } from "./errors";
import { spendAll } from "./limits";

export interface RequestCodeInput {
  /** normalized (trimmed, lowercased) */
  email: string;
  ip: string;
}

export interface CodeRequested {
  /** the id verifying this code needs; only the requester learns it */
  challenge: string;
  /** when this client may ask for another code for this email (the page counts it down) */
  resendAfterSeconds: number;
}

/**
 * Sends a sign-in code, stored under a new challenge beside the email's other live codes.
 * Known and unknown emails take the same path and get the same answer: the account is
 * looked up only when the code is verified. The client's own budgets are spent before
 * the email's, so a client past its own limit spends nothing of anyone else's.
 */
export async function requestCode(ctx: AuthContext, input: RequestCodeInput): Promise<CodeRequested> {
  const emailKey = emailKeyOf(ctx.keys.hmacKey, input.email);
  const clientKey = clientKeyOf(ctx.keys.hmacKey, emailKey, input.ip);
  const guessedOut = await ctx.store.limits.peek(ctx.limits.failuresPerClient, clientKey);
  const limited = guessedOut.allowed
    ? await spendAll(ctx, [
        [ctx.limits.sendPerIpHour, ipKeyOf(ctx.keys.hmacKey, input.ip)],
        [ctx.limits.sendPerClientMinute, clientKey],
        [ctx.limits.sendPerClientHour, clientKey],
        [ctx.limits.sendPerEmailHour, emailKey],
      ])
    : guessedOut;
  if (limited) {
    throw new RateLimitedError(
      `Too many codes requested. Try again in ${describeWait(limited.retryAfterSeconds)}.`,
      limited.retryAfterSeconds,
    );
  }
  const underAttack = !(await ctx.store.limits.peek(ctx.limits.accountFailures, emailKey)).allowed;
  const challenge = generateChallenge();
  const challengeKey = challengeKeyOf(ctx.keys.hmacKey, challenge);
  const code = generateCode();
  const now = ctx.clock.now();
  await ctx.store.codes.put(
    emailKey,
    challengeKey,
    {
      hash: hashCode(ctx.keys.hmacKey, emailKey, challengeKey, code),
      expiresAt: now + CODE_TTL_MS,
      maxAttempts: underAttack ? ATTEMPTS_UNDER_ATTACK : MAX_CODE_ATTEMPTS,
    },
    now + CODE_RECORD_TTL_MS,
    now,
  );
  const mail = await renderSignInCodeMail({ code, minutes: CODE_TTL_MS / 60_000 });
  await ctx.mail.send({ to: input.email, ...mail });
  if (ctx.revealCodesInLog) ctx.log(`[local mode] sign-in code for ${input.email}: ${code}`);
  return { challenge, resendAfterSeconds: ctx.limits.sendPerClientMinute.durationSeconds };
}

/** "45 seconds", "12 minutes", "3 hours", "29 days": a client past its failures waits up to 30 days. */
export function describeWait(seconds: number): string {
  const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds < 60) return count(seconds, "second");
  if (seconds < 90 * 60) return count(Math.ceil(seconds / 60), "minute");
  if (seconds < 48 * 3600) return count(Math.ceil(seconds / 3600), "hour");
  return count(Math.ceil(seconds / 86_400), "day");
}
