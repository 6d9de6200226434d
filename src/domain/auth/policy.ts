/**
 * The sign-in rules of DESIGN.md ("Security rules"), as numbers. Services enforce
 * them; tests name them.
 */
export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 10 * 60 * 1000;
/** wrong guesses that kill the current code; counted per email, so a new code does not reset them */
export const MAX_CODE_FAILURES = 5;
export const TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface LimitRule {
  name: string;
  points: number;
  durationSeconds: number;
}

export type AuthLimits = Record<
  | "codeFailures"
  | "accountFailures"
  | "sendPerEmailMinute"
  | "sendPerEmailHour"
  | "sendPerIpHour"
  | "verifyPerIp",
  LimitRule
>;

export const LIMITS: AuthLimits = {
  /** wrong codes per email within a code's lifetime */
  codeFailures: {
    name: "auth-code-failures",
    points: MAX_CODE_FAILURES,
    durationSeconds: CODE_TTL_MS / 1000,
  },
  accountFailures: { name: "auth-account-failures", points: 100, durationSeconds: 3600 },
  sendPerEmailMinute: { name: "auth-send-email-60s", points: 1, durationSeconds: 60 },
  sendPerEmailHour: { name: "auth-send-email-1h", points: 5, durationSeconds: 3600 },
  sendPerIpHour: { name: "auth-send-ip-1h", points: 30, durationSeconds: 3600 },
  verifyPerIp: { name: "auth-verify-ip-5m", points: 30, durationSeconds: 300 },
};
