import { z } from "zod";
import { type AuthLimits, LIMITS, type LimitRule } from "@/domain/auth/policy";

export type LimitName = keyof AuthLimits;
export type LimitOverrides = Partial<Record<LimitName, Pick<LimitRule, "points" | "durationSeconds">>>;

const isLimitName = (name: string): name is LimitName => Object.hasOwn(LIMITS, name);

/** `name=points/seconds[,name=points/seconds…]`, each name a key of LIMITS, each number a whole one ≥ 1. */
export const testAuthLimits = z.string().transform((text, ctx): LimitOverrides => {
  const overrides: LimitOverrides = {};
  for (const entry of text.split(",").map((part) => part.trim())) {
    const match = entry.match(/^(\w+)=([1-9]\d{0,5})\/([1-9]\d{0,7})$/);
    const name = match?.[1];
    if (!match || !name || !isLimitName(name)) {
      ctx.addIssue({
        code: "custom",
        message: `"${entry}" is not name=points/seconds with a name of ${Object.keys(LIMITS).join(", ")}`,
      });
      return z.NEVER;
    }
    overrides[name] = { points: Number(match[2]), durationSeconds: Number(match[3]) };
  }
  return overrides;
});
