import { errors, jwtVerify, SignJWT } from "jose";
import { LRUCache } from "lru-cache";
import { TOKEN_TTL_SECONDS } from "@/domain/auth/policy";
import type { AuthKeys, Clock } from "./context";
import { UnauthorizedError } from "./errors";

/** The one algorithm tokens are signed and accepted with. */
const ALGORITHM = "HS256";

const importedKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/**
 * The token key as a CryptoKey, imported once per key: given raw bytes, jose imports
 * them on every call (measured at about 40 µs of each authenticated request).
 */
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

interface VerifiedToken {
  claims: TokenClaims;
  /** seconds, as in the token */
  issuedAt: number;
  expiresAt: number;
}

/** How many checked tokens are remembered, per key set: about 300 bytes each. */
const MAX_VERIFIED_TOKENS = 10_000;
const verifiedTokens = new WeakMap<AuthKeys, LRUCache<string, VerifiedToken>>();

function verifiedTokensOf(keys: AuthKeys): LRUCache<string, VerifiedToken> {
  let cache = verifiedTokens.get(keys);
  if (!cache) {
    cache = new LRUCache({ max: MAX_VERIFIED_TOKENS });
    verifiedTokens.set(keys, cache);
  }
  return cache;
}

/** jose's time checks as jwtVerify makes them below (no clock tolerance): not expired, not too old, not from the future. */
function inTime(token: VerifiedToken, clock: Clock): boolean {
  const now = Math.floor(clock.now() / 1000);
  const age = now - token.issuedAt;
  return token.expiresAt > now && age <= TOKEN_TTL_SECONDS && age >= 0;
}

/**
 * Checks signature, algorithm, issuer, audience and expiry; any failure is a 401.
 *
 * A token that passed is remembered by its exact text, and only its times are checked
 * again when it comes back: the signature check through WebCrypto was about 50 µs of
 * every authenticated request. Only a token signed with these keys can be remembered,
 * and whether its user still accepts it (the token version) is the caller's check, made
 * every time.
 */
export async function readToken(keys: AuthKeys, clock: Clock, token: string): Promise<TokenClaims> {
  const verified = verifiedTokensOf(keys);
  const known = verified.get(token);
  if (known) {
    if (inTime(known, clock)) return known.claims;
    verified.delete(token);
    throw new UnauthorizedError();
  }
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
    const claims = { userId: payload.sub, version: payload.ver };
    verified.set(token, { claims, issuedAt: payload.iat, expiresAt: payload.exp });
    return claims;
  } catch (error) {
    if (error instanceof UnauthorizedError || error instanceof errors.JOSEError)
      throw new UnauthorizedError();
    throw error;
  }
}
