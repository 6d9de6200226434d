import { errors, jwtVerify, SignJWT } from "jose";
import { TOKEN_TTL_SECONDS } from "@/domain/auth/policy";
import { isError } from "@/domain/errors";
import type { AuthKeys, Clock } from "./context";
import { UnauthorizedError } from "./errors";

/** The one algorithm tokens are signed and accepted with. */
const ALGORITHM = "HS256";

const importedKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/** The token key as a CryptoKey, imported once per key: given raw bytes, jose would import them on every call. */
function tokenCryptoKey(raw: Uint8Array): Promise<CryptoKey> {
  let key = importedKeys.get(raw);
  if (!key) {
    key = crypto.subtle.importKey("raw", new Uint8Array(raw), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    // a failed import is tried again next time, not remembered
    key.catch(() => importedKeys.delete(raw));
    importedKeys.set(raw, key);
  }
  return key;
}

export interface TokenClaims {
  userId: string;
  version: number;
}

export async function issueToken(keys: AuthKeys, clock: Clock, claims: TokenClaims): Promise<string> {
  const now = Math.floor(clock.now() / 1000);
  return new SignJWT({ ver: claims.version })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + TOKEN_TTL_SECONDS)
    .sign(await tokenCryptoKey(keys.tokenKey));
}

/** Checks signature, algorithm, issuer, audience and expiry; any failure is a 401. */
export async function readToken(keys: AuthKeys, clock: Clock, token: string): Promise<TokenClaims> {
  try {
    const { payload } = await jwtVerify(token, await tokenCryptoKey(keys.tokenKey), {
      algorithms: [ALGORITHM],
      issuer: keys.issuer,
      audience: keys.audience,
      currentDate: new Date(clock.now()),
      maxTokenAge: TOKEN_TTL_SECONDS,
      requiredClaims: ["sub", "exp", "iat"],
    });
    if (
      typeof payload.sub !== "string" ||
      typeof payload.ver !== "number" ||
      typeof payload.iat !== "number" ||
      typeof payload.exp !== "number"
    )
      throw new UnauthorizedError();
    return { userId: payload.sub, version: payload.ver };
  } catch (error) {
    if (isError(error, "unauthorized") || error instanceof errors.JOSEError) throw new UnauthorizedError();
    throw error;
  }
}
