import { randomUUID } from "node:crypto";
import type { UserRecord } from "@/adapters/store/port";
import type { AuthContext } from "./context";
import { challengeKeyOf, clientKeyOf, emailKeyOf, hashCode, ipKeyOf, sameHex } from "./crypto";
import { AgeConfirmationRequiredError, ExpiredCodeError, InvalidCodeError, RateLimitedError } from "./errors";
import { spendAll } from "./limits";
import { issueToken } from "./tokens";

export interface VerifyCodeInput {
  email: string;
  /** what the code request answered */
  challenge: string;
  code: string;
  ip: string;
  ageConfirmed: boolean;
}

export interface SignedIn {
  token: string;
  user: { id: string; email: string };
}

/**
 * Checks a code against the challenge its request answered, and signs the person in,
 * creating the account on first sign-in. Only the requester knows a challenge, so no
 * one else can spend a code's guesses. Each guess is counted before the comparison,
 * atomically in the store: a code allows its maxAttempts (then it is deleted, so even a
 * right 6th guess fails). A guess on a live code also spends a point of the client's
 * and the account's failure counters, given back when it is right; a guess on no live
 * code costs the account nothing. The code is consumed by compare-and-delete: of two
 * concurrent right guesses exactly one gets a token.
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
  const clientKey = clientKeyOf(ctx.keys.hmacKey, emailKey, input.ip);
  const client = await ctx.store.limits.peek(ctx.limits.failuresPerClient, clientKey);
  if (!client.allowed) throw tooManyFailures(client.retryAfterSeconds);

  const challengeKey = challengeKeyOf(ctx.keys.hmacKey, input.challenge);
  const now = ctx.clock.now();
  const attempts = await ctx.store.codes.countAttempt(emailKey, challengeKey, now);
  const stored = attempts === undefined ? undefined : await ctx.store.codes.get(emailKey, challengeKey, now);
  if (attempts === undefined || !stored) throw new InvalidCodeError(0);
  // past its expiry a code is not live: guesses on it count for nothing but its own tries
  if (now > stored.expiresAt) {
    await ctx.store.codes.delete(emailKey, challengeKey);
    throw new ExpiredCodeError();
  }
  const attemptsLeft = stored.maxAttempts - attempts;
  if (attemptsLeft < 0) {
    await ctx.store.codes.delete(emailKey, challengeKey);
    throw new InvalidCodeError(0);
  }
  // spent before comparing, so parallel guesses cannot slip past the client's limit
  const spent = await ctx.store.limits.consume(ctx.limits.failuresPerClient, clientKey);
  if (!spent.allowed) throw tooManyFailures(spent.retryAfterSeconds);
  await ctx.store.limits.consume(ctx.limits.accountFailures, emailKey);
  if (!sameHex(hashCode(ctx.keys.hmacKey, emailKey, challengeKey, input.code), stored.hash)) {
    if (attemptsLeft === 0) await ctx.store.codes.delete(emailKey, challengeKey);
    throw new InvalidCodeError(attemptsLeft);
  }
  await ctx.store.limits.refund(ctx.limits.failuresPerClient, clientKey);
  await ctx.store.limits.refund(ctx.limits.accountFailures, emailKey);

  const existingId = await ctx.store.users.findIdByEmail(emailKey);
  const existing = existingId ? await ctx.store.users.get(existingId) : undefined;
  // checked before the code is consumed, so confirming age does not need a new code
  if (!existing && !input.ageConfirmed) throw new AgeConfirmationRequiredError();
  if (!(await ctx.store.codes.consume(emailKey, challengeKey, stored.hash))) throw new InvalidCodeError(0);

  // "since the last successful sign-in": this client's failures and the account's go
  await ctx.store.limits.forget(ctx.limits.failuresPerClient, clientKey);
  await ctx.store.limits.forget(ctx.limits.accountFailures, emailKey);
  const user: UserRecord = existing ?? (await createUser(ctx, emailKey, input.email));
  const token = await issueToken(ctx.keys, ctx.clock, { userId: user.id, version: user.tokenVersion });
  return { token, user: { id: user.id, email: user.email } };
}

function tooManyFailures(retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(
    "Too many wrong codes for this email from here. Try again later, or from another network.",
    retryAfterSeconds,
  );
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
