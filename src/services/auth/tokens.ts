import { errors, jwtVerify, SignJWT } from "jose";
import { TOKEN_TTL_SECONDS } from "@/domain/auth/policy";
import type { AuthKeys, Clock } from "./context";
import { UnauthorizedError } from "./errors";

/** The one algorithm tokens are signed and accepted with. */
const ALGORITHM = "HS256";

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
    .sign(keys.tokenKey);
}

/** Checks signature, algorithm, issuer, audience and expiry; any failure is a 401. */
export async function readToken(keys: AuthKeys, clock: Clock, token: string): Promise<TokenClaims> {
  try {
    const { payload } = await jwtVerify(token, keys.tokenKey, {
      algorithms: [ALGORITHM],
      issuer: keys.issuer,
      audience: keys.audience,
      currentDate: new Date(clock.now()),
      maxTokenAge: TOKEN_TTL_SECONDS,
      requiredClaims: ["sub", "exp", "iat"],
    });
    if (typeof payload.sub !== "string" || typeof payload.ver !== "number") throw new UnauthorizedError();
    return { userId: payload.sub, version: payload.ver };
  } catch (error) {
    if (error instanceof UnauthorizedError || error instanceof errors.JOSEError)
      throw new UnauthorizedError();
    throw error;
  }
}
