import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimitRule, RateLimitState, RateLimitStore } from "./port";

function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === "object" && value !== null && "msBeforeNext" in value && "remainingPoints" in value;
}

function stateOf(res: RateLimiterRes, allowed: boolean): RateLimitState {
  return {
    allowed,
    remaining: Math.max(0, res.remainingPoints),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

/**
 * Rate-limiter-flexible behind the port: one limiter per rule, created on first use.
 * A rejection with a RateLimiterRes means "no points left"; any other rejection is a store failure.
 */
export function rateLimitStore(
  createLimiter: (rule: RateLimitRule) => RateLimiterAbstract,
  toStoreError: (error: unknown) => Error,
): RateLimitStore {
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiterFor = (rule: RateLimitRule) => {
    const id = `${rule.name}:${rule.points}:${rule.durationSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = createLimiter(rule);
      limiters.set(id, limiter);
    }
    return limiter;
  };
  return {
    async consume(rule, key) {
      try {
        return stateOf(await limiterFor(rule).consume(key, 1), true);
      } catch (error) {
        if (isRateLimiterRes(error)) return stateOf(error, false);
        throw toStoreError(error);
      }
    },
    async forget(rule, key) {
      try {
        await limiterFor(rule).delete(key);
      } catch (error) {
        throw toStoreError(error);
      }
    },
    async refund(rule, key) {
      try {
        await limiterFor(rule).reward(key, 1);
      } catch (error) {
        throw toStoreError(error);
      }
    },
    async peek(rule, key) {
      try {
        const res = await limiterFor(rule).get(key);
        if (!res) return { allowed: true, remaining: rule.points, retryAfterSeconds: 0 };
        return stateOf(res, res.remainingPoints > 0);
      } catch (error) {
        throw toStoreError(error);
      }
    },
  };
}
