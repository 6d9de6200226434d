import { randomUUID } from "node:crypto";
import type { UserRecord } from "@/adapters/store/port";
import { MAX_CODE_ATTEMPTS } from "@/domain/auth/policy";
import type { AuthContext } from "./context";
import { emailKeyOf, hashCode, ipKeyOf, sameHex } from "./crypto";
import { AgeConfirmationRequiredError, ExpiredCodeError, InvalidCodeError, RateLimitedError } from "./errors";
import { spendAll } from "./limits";
import { issueToken } from "./tokens";

export interface VerifyCodeInput {
  email: string;
  code: string;
  ip: string;
  ageConfirmed: boolean;
}

export interface SignedIn {
  token: string;
  user: { id: string; email: string };
}

/**
 * Checks a code and signs the person in, creating the account on first sign-in.
 * Each attempt is counted before the comparison, atomically in the store: a code
 * allows 5 (then it is deleted, so even a right 6th guess fails), a new code sent
 * while one is live keeps the count, and an account allows 100 failed attempts an
 * hour. The code is consumed by compare-and-delete: of two concurrent correct
 * attempts exactly one gets a token.
 */
export async function verifyCode(ctx: AuthContext, input: VerifyCodeInput): Promise<SignedIn> {
  const ipLimited = await spendAll(ctx, [[ctx.limits.verifyPerIp, ipKeyOf(ctx.keys.hmacKey, input.ip)]]);
  if (ipLimited) {
    throw new RateLimitedError(
      "Too many sign-in attempts from here. Try again shortly.",
      ipLimited.retryAfterSeconds,
    );
  }
  const emailKey = emailKeyOf(ctx.keys.hmacKey, input.email);
  const account = await ctx.store.limits.consume(ctx.limits.accountFailures, emailKey);
  if (!account.allowed) {
    throw new RateLimitedError(
      "Too many wrong codes for this email. Try again later.",
      account.retryAfterSeconds,
    );
  }

  const attempts = await ctx.store.codes.countAttempt(emailKey);
  const stored = attempts === undefined ? undefined : await ctx.store.codes.get(emailKey);
  if (attempts === undefined || !stored) throw new InvalidCodeError(0);
  const attemptsLeft = MAX_CODE_ATTEMPTS - attempts;
  if (attemptsLeft < 0) {
    await ctx.store.codes.delete(emailKey);
    throw new InvalidCodeError(0);
  }
  if (!sameHex(hashCode(ctx.keys.hmacKey, emailKey, input.code), stored.hash)) {
    if (attemptsLeft === 0) await ctx.store.codes.delete(emailKey);
    throw new InvalidCodeError(attemptsLeft);
  }
  if (ctx.clock.now() > stored.expiresAt) {
    await ctx.store.codes.delete(emailKey);
    throw new ExpiredCodeError();
  }

  const existingId = await ctx.store.users.findIdByEmail(emailKey);
  const existing = existingId ? await ctx.store.users.get(existingId) : undefined;
  // checked before the code is consumed, so confirming age does not need a new code
  if (!existing && !input.ageConfirmed) throw new AgeConfirmationRequiredError();
  if (!(await ctx.store.codes.consume(emailKey, stored.hash))) throw new InvalidCodeError(0);

  await ctx.store.limits.refund(ctx.limits.accountFailures, emailKey);
  const user: UserRecord = existing ?? (await createUser(ctx, emailKey, input.email));
  const token = await issueToken(ctx.keys, ctx.clock, { userId: user.id, version: user.tokenVersion });
  return { token, user: { id: user.id, email: user.email } };
}

function createUser(ctx: AuthContext, emailKey: string, email: string): Promise<UserRecord> {
  const now = ctx.clock.now();
  return ctx.store.users.create(emailKey, {
    id: `usr_${randomUUID().replaceAll("-", "")}`,
    email,
    createdAt: now,
    ageConfirmedAt: now,
    tokenVersion: 0,
  });
}
