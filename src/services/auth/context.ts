import type { MailPort } from "@/adapters/mail/port";
import type { Store } from "@/adapters/store/port";
import type { AuthLimits } from "@/domain/auth/policy";

export interface Clock {
  now(): number;
}

export interface AuthKeys {
  /** HMAC key for codes and email keys */
  hmacKey: Buffer;
  /** HS256 signing key of tokens */
  tokenKey: Uint8Array;
  issuer: string;
  audience: string;
}

export interface AuthContext {
  store: Store;
  mail: MailPort;
  clock: Clock;
  /** the rate limits of DESIGN.md (LIMITS); tests may tighten or widen one to test another */
  limits: AuthLimits;
  keys: AuthKeys;
  /** local mode prints sign-in codes to the server log; production never does */
  revealCodesInLog: boolean;
  log: (line: string) => void;
}
