/**
 * The sign-in rules of DESIGN.md ("Security rules"), as numbers. Services enforce
 * them; tests name them. docs/operations.md ("Sign-in: challenges and limits") argues each number.
 */
export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 10 * 60 * 1000;
/** guesses one code allows, on the challenge its request answered */
export const MAX_CODE_ATTEMPTS = 5;
/** guesses a new code allows while its account is past LIMITS.accountFailures */
export const ATTEMPTS_UNDER_ATTACK = 1;
/** how long the store keeps a code record: past its expiry, so a late right code is told "expired" */
export const CODE_RECORD_TTL_MS = 2 * CODE_TTL_MS;
/** random bytes of a challenge id (128 bits) */
export const CHALLENGE_BYTES = 16;
export const TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface LimitRule {
  name: string;
  points: number;
  durationSeconds: number;
}

export type AuthLimits = Record<
  | "sendPerIpHour"
  | "sendPerClientMinute"
  | "sendPerClientHour"
  | "sendPerEmailHour"
  | "verifyPerIp"
  | "failuresPerClient"
  | "accountFailures",
  LimitRule
>;

const DAY = 24 * 60 * 60;

/**
 * "Client" is the counted client address (src/server/request.ts). Counters named
 * per client and email are keyed by both, so no one spends another client's budget.
 */
export const LIMITS: AuthLimits = {
  sendPerIpHour: { name: "auth-send-ip-1h", points: 30, durationSeconds: 3600 },
  /** per email and client */
  sendPerClientMinute: { name: "auth-send-client-60s", points: 1, durationSeconds: 60 },
  /** per email and client: at most half of the email's hour, so one client never spends it all */
  sendPerClientHour: { name: "auth-send-client-1h", points: 3, durationSeconds: 3600 },
  /**
   * per email: protects the inbox and bounds guessing. 6 codes of 5 guesses in each
   * window: no 60-minute span sees more than 18 live codes, so at most 90 failures.
   */
  sendPerEmailHour: { name: "auth-send-email-1h", points: 6, durationSeconds: 3600 },
  verifyPerIp: { name: "auth-verify-ip-5m", points: 30, durationSeconds: 300 },
  /**
   * wrong guesses per email and client, forgotten when that client signs in to that
   * email; past it the client may neither guess nor ask for codes for that email
   */
  failuresPerClient: { name: "auth-failures-client-30d", points: 25, durationSeconds: 30 * DAY },
  /**
   * wrong guesses per email from every client, forgotten on a successful sign-in;
   * past it new codes allow ATTEMPTS_UNDER_ATTACK guesses (slower guessing, no lockout)
   */
  accountFailures: { name: "auth-account-failures-30d", points: 50, durationSeconds: 30 * DAY },
};
