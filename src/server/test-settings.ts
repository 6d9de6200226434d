import { type AuthLimits, LIMITS } from "@/domain/auth/policy";
import { type Env, isProduction } from "./env";

/** Test settings take effect only when switched on, and never in production (which also refuses to start with them). */
export function testSettingsOn(env: Env): boolean {
  return env.MJPRO_TEST_SETTINGS === "yes" && !isProduction(env);
}

/** The sign-in limits this server enforces: DESIGN.md's, or a test server's TEST_AUTH_LIMITS in their place. */
export function authLimits(env: Env): AuthLimits {
  const overrides = testSettingsOn(env) ? env.TEST_AUTH_LIMITS : undefined;
  if (!overrides) return LIMITS;
  const limits = { ...LIMITS };
  for (const name of Object.keys(LIMITS) as (keyof AuthLimits)[]) {
    const rule = overrides[name];
    if (rule) limits[name] = { ...LIMITS[name], ...rule };
  }
  return limits;
}
