import { randomUUID } from "node:crypto";
import type { UserRecord } from "@/adapters/store/port";
import type { AuthContext } from "./context";
import { emailKeyOf, hashCode, sameHex } from "./crypto";
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

const tooManyFailures = (retryAfterSeconds: number) =>
  new RateLimitedError(
    "Too many wrong codes for this email. Wait a few minutes, then request a new code.",
    retryAfterSeconds,
  );

/**
 * Checks a code and signs the person in, creating the account on first sign-in.
 * Wrong guesses count per email (5 kill the code, and a new code starts from the same
 * count) and per account (100 an hour); the code is consumed atomically, so of two
 * concurrent correct attempts exactly one gets a token.
 */
export async function verifyCode(ctx: AuthContext, input: VerifyCodeInput): Promise<SignedIn> {
  const verifyLimited = await spendAll(ctx, [[ctx.limits.verifyPerIp, input.ip]]);
  if (verifyLimited) {
    throw new RateLimitedError(
      "Too many sign-in attempts from here. Try again shortly.",
      verifyLimited.retryAfterSeconds,
    );
  }
  const emailKey = emailKeyOf(ctx.keys.hmacKey, input.email);
  for (const rule of [ctx.limits.codeFailures, ctx.limits.accountFailures]) {
    const state = await ctx.store.limits.peek(rule, emailKey);
    if (!state.allowed) throw tooManyFailures(state.retryAfterSeconds);
  }

  const stored = await ctx.store.codes.get(emailKey);
  const hash = hashCode(ctx.keys.hmacKey, emailKey, input.code);
  if (!stored || !sameHex(hash, stored.hash)) {
    const codeState = await ctx.store.limits.consume(ctx.limits.codeFailures, emailKey);
    await ctx.store.limits.consume(ctx.limits.accountFailures, emailKey);
    if (codeState.remaining === 0) await ctx.store.codes.delete(emailKey);
    throw new InvalidCodeError(codeState.remaining);
  }
  if (ctx.clock.now() > stored.expiresAt) {
    await ctx.store.codes.delete(emailKey);
    throw new ExpiredCodeError();
  }

  const existingId = await ctx.store.users.findIdByEmail(emailKey);
  const existing = existingId ? await ctx.store.users.get(existingId) : undefined;
  // checked before the code is consumed, so confirming age does not need a new code
  if (!existing && !input.ageConfirmed) throw new AgeConfirmationRequiredError();

  if (!(await ctx.store.codes.consume(emailKey, stored.hash))) throw new InvalidCodeError(MAX_LEFT_UNKNOWN);

  const user: UserRecord = existing ?? (await createUser(ctx, emailKey, input.email));
  const token = await issueToken(ctx.keys, ctx.clock, { userId: user.id, version: user.tokenVersion });
  return { token, user: { id: user.id, email: user.email } };
}

/** A code already used by a concurrent attempt: the count of tries left is not the point there. */
const MAX_LEFT_UNKNOWN = 1;

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
