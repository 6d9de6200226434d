import type { RateLimitState } from "@/adapters/store/port";
import type { LimitRule } from "@/domain/auth/policy";
import type { AuthContext } from "./context";

/**
 * Spends a point of each rule in order and stops at the first refusal, so a refused
 * request does not also use up the later (usually longer) budgets.
 */
export async function spendAll(
  ctx: AuthContext,
  rules: readonly (readonly [LimitRule, string])[],
): Promise<RateLimitState | undefined> {
  for (const [rule, key] of rules) {
    const state = await ctx.store.limits.consume(rule, key);
    if (!state.allowed) return state;
  }
  return undefined;
}
