import type { RateLimitState } from "@/adapters/store/port";
import type { LimitRule } from "@/domain/auth/policy";
import type { AuthContext } from "./context";

/**
 * Spends a point of each rule in order and stops at the first refusal, giving back the
 * points this call already spent: a refused request costs nothing, so a person whose
 * request an exhausted email budget refused still has their own budgets when it refills.
 */
export async function spendAll(
  ctx: AuthContext,
  rules: readonly (readonly [LimitRule, string])[],
): Promise<RateLimitState | undefined> {
  for (const [index, [rule, key]] of rules.entries()) {
    const state = await ctx.store.limits.consume(rule, key);
    if (!state.allowed) {
      for (const [spentRule, spentKey] of rules.slice(0, index))
        await ctx.store.limits.refund(spentRule, spentKey);
      return state;
    }
  }
  return undefined;
}
