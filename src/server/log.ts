import pino, { type DestinationStream, type Logger } from "pino";
import { getEnv } from "./env";
import { processWide } from "./process-wide";

/**
 * Structured logs (one JSON object per line on stdout, which Vercel and any host collect).
 * They carry no personal data: no email address, sign-in code or token is ever logged on
 * purpose, and as a second line of defence every string that looks like one is masked
 * before it is written, inside messages, objects and errors alike.
 */

const EMAIL = /[\w.!#$%&*+=?^`{|}~'-]+(?:@|%40)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
const BEARER = /\b(Bearer)\s+[\w.~+/=-]+/gi;
/** six digits on their own: the shape of a sign-in code */
const CODE = /(?<![\w-]|\d\.)\d{6}(?!\w|[.-]\d)/g;
/** keys whose values are never logged, whatever they hold */
const SECRET_KEYS = /^(email|to|subject|code|token|authorization|cookie|password|secret)$/i;

export function scrubText(text: string): string {
  return text
    .replace(JWT, "[token]")
    .replace(BEARER, "$1 [token]")
    .replace(EMAIL, "[email]")
    .replace(CODE, "[digits]");
}

/** A copy of a log argument with personal data masked; errors keep their type, message and stack. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object") return value;
  // what is nested too deep to look through is not written at all
  if (depth > 6) return "[too deep]";
  if (value instanceof Error) {
    const cause: unknown = value.cause;
    return {
      type: value.name,
      message: scrubText(value.message),
      stack: value.stack ? scrubText(value.stack) : undefined,
      ...(cause === undefined ? {} : { cause: scrubValue(cause, depth + 1) }),
    };
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SECRET_KEYS.test(key) ? "[redacted]" : scrubValue(item, depth + 1);
  }
  return copy;
}

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // errors arrive already reshaped (and masked) by the hook below
      serializers: { err: (err: unknown) => err },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args;
          const scrubbed = [scrubValue(first), ...rest.map((arg) => scrubValue(arg))];
          // pino's first argument is the merge object (an error goes under "err")
          if (first instanceof Error) scrubbed[0] = { err: scrubbed[0] };
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}

/** The app's logger, one per process; LOG_LEVEL sets how much it says (default info). */
export function getLog(): Logger {
  return processWide("log", () => createLogger({ level: getEnv().LOG_LEVEL }));
}
