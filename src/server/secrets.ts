import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AuthKeys } from "@/services/auth/context";
import { type Env, getEnv, resolveFromCwd } from "./env";

/** The embedded secret: made once, kept in DATA_DIR, readable by its owner only. Local runs only. */
function localSecret(env: Env): string {
  const file = path.join(resolveFromCwd(env.DATA_DIR), "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("hex");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // another process made it first
      return readFileSync(file, "utf8").trim();
    }
  }
}

const derive = (secret: string, purpose: string) => createHmac("sha256", secret).update(purpose).digest();

let cached: AuthKeys | undefined;

export function getAuthKeys(): AuthKeys {
  if (cached) return cached;
  const env = getEnv();
  if (!env.AUTH_SECRET && env.VERCEL) throw new Error("mjpro: AUTH_SECRET is required in hosted production");
  const secret = env.AUTH_SECRET ?? localSecret(env);
  cached = {
    hmacKey: derive(secret, "mjpro/hmac/v1"),
    tokenKey: new Uint8Array(derive(secret, "mjpro/token/v1")),
    issuer: env.siteUrl,
    audience: "mjpro-api",
  };
  return cached;
}
