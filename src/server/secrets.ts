import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AuthKeys } from "@/services/auth/context";
import { type Env, getEnv, isProduction, resolveFromCwd } from "./env";
import { processWide } from "./process-wide";

const LOCAL_SECRET = /^[0-9a-f]{64}$/;

/**
 * The embedded secret of a single local instance: made once, kept in DATA_DIR,
 * readable by its owner only, written whole (temp file + rename) so no reader ever
 * sees a partial one.
 */
function localSecret(env: Env): string {
  const file = path.join(resolveFromCwd(env.DATA_DIR), "auth-secret");
  const read = () => {
    try {
      const secret = readFileSync(file, "utf8").trim();
      return LOCAL_SECRET.test(secret) ? secret : undefined;
    } catch {
      return undefined;
    }
  };
  const existing = read();
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, randomBytes(32).toString("hex"), { mode: 0o600 });
  renameSync(temporary, file);
  return read() as string;
}

const derive = (secret: string, purpose: string) => createHmac("sha256", secret).update(purpose).digest();

/** The keys that sign tokens and hash codes, derived once per process. */
export function getAuthKeys(): AuthKeys {
  return processWide("authKeys", () => authKeys(getEnv()));
}

function authKeys(env: Env): AuthKeys {
  // several instances (hosted, or sharing one Redis) must share one secret
  if (!env.AUTH_SECRET && (isProduction(env) || env.REDIS_URL)) {
    throw new Error("mjpro: AUTH_SECRET is required when hosted or when REDIS_URL is set");
  }
  const secret = env.AUTH_SECRET ?? localSecret(env);
  return {
    hmacKey: derive(secret, "mjpro/hmac/v1"),
    tokenKey: new Uint8Array(derive(secret, "mjpro/token/v1")),
    issuer: env.siteUrl,
    audience: "mjpro-api",
  };
}
