/**
 * The sign-in rules of DESIGN.md ("Security rules"), as numbers. Services enforce
 * them; tests name them.
 */
export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 10 * 60 * 1000;
/** attempts one code allows; a new code sent while one is live keeps the count */
export const MAX_CODE_ATTEMPTS = 5;
/** how long the store keeps a code record: past its expiry, so a late attempt is told "expired" */
export const CODE_RECORD_TTL_MS = 2 * CODE_TTL_MS;
export const TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface LimitRule {
  name: string;
  points: number;
  durationSeconds: number;
}

export type AuthLimits = Record<
  "accountFailures" | "sendPerEmailMinute" | "sendPerEmailHour" | "sendPerIpHour" | "verifyPerIp",
  LimitRule
>;

export const LIMITS: AuthLimits = {
  /** every attempt is counted before the code is compared (parallel guesses cannot slip by); a right one is refunded */
  accountFailures: { name: "auth-account-failures", points: 100, durationSeconds: 3600 },
  sendPerEmailMinute: { name: "auth-send-email-60s", points: 1, durationSeconds: 60 },
  sendPerEmailHour: { name: "auth-send-email-1h", points: 5, durationSeconds: 3600 },
  sendPerIpHour: { name: "auth-send-ip-1h", points: 30, durationSeconds: 3600 },
  verifyPerIp: { name: "auth-verify-ip-5m", points: 30, durationSeconds: 300 },
};
