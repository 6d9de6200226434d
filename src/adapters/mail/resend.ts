import { Resend } from "resend";
import { MailDeliveryError, type MailPort } from "./port";

export interface ResendOptions {
  apiKey: string;
  /** Sender, e.g. `mjpro <mail@example.com>`; the domain must be verified in Resend. */
  from: string;
  /**
   * API root, `https://api.resend.com` by default. The SDK (resend@6) takes it from this constructor
   * option, else from `process.env.RESEND_BASE_URL` read when the client is constructed; tests point
   * it at a local stand-in server.
   */
  baseUrl?: string;
  timeoutMs?: number;
}

// Resend's error names are fixed codes; anything else from the wire is not echoed into our message.
const errorName = (name: unknown) =>
  typeof name === "string" && /^[a-z_]{1,64}$/.test(name) ? name : "unknown";

/** Production mail through Resend. The SDK answers `{ data, error }` instead of throwing. */
export function resendMail({ apiKey, from, baseUrl, timeoutMs = 10_000 }: ResendOptions): MailPort {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    async send({ to, subject, text, html }, options = {}) {
      let result: Awaited<ReturnType<typeof client.emails.send>>;
      try {
        result = await client.emails.send(
          { from, to, subject, text, html },
          // Resend answers a repeated key (within 24 hours) with the first send's result, sending nothing
          { signal: AbortSignal.timeout(timeoutMs), idempotencyKey: options.idempotencyKey },
        );
      } catch (error) {
        throw new MailDeliveryError("Resend request failed", { cause: error });
      }
      const { error } = result;
      if (error) {
        // Resend's own message may quote the recipient, so only its code and status are kept.
        const status = typeof error.statusCode === "number" ? `, status ${error.statusCode}` : "";
        throw new MailDeliveryError(`Resend did not accept the message (${errorName(error.name)}${status})`);
      }
    },
  };
}
