import "server-only";
import type { UserRecord } from "@/adapters/store/port";
import { authenticate } from "@/services/auth/authenticate";
import type { AuthContext } from "@/services/auth/context";
import { UnauthorizedError } from "@/services/auth/errors";
import { getEnv, isProduction } from "./env";
import { getMail } from "./mail";
import { getAuthKeys } from "./secrets";
import { getStore } from "./store";
import { authLimits } from "./test-settings";

export function authContext(): AuthContext {
  const mail = getMail();
  const env = getEnv();
  return {
    store: getStore(),
    mail: mail.port,
    clock: { now: () => Date.now() },
    limits: authLimits(env),
    keys: getAuthKeys(),
    // a convenience of local mode only: never in production, even one mistakenly left without Resend
    revealCodesInLog: mail.local && !isProduction(env) && env.SIGN_IN_CODES_IN_LOG === "yes",
    // deliberately outside the structured log, whose masking would hide the code
    log: (line) => console.log(line),
  };
}

/** The bearer token of a request; tokens never travel in URLs or cookies. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/);
  return match?.[1];
}

export async function requireUser(request: Request): Promise<UserRecord> {
  const token = bearerToken(request);
  if (!token) throw new UnauthorizedError("Sign in to do this.");
  return authenticate(authContext(), token);
}
