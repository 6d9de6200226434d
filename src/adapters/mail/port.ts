import { AppError } from "@/domain/errors";

/** A message ready to send: both parts rendered, addressed to one person. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends transactional mail. Adapters: outbox (files under DATA_DIR, the embedded default) and Resend. */
export interface MailPort {
  /**
   * Hands one message over. The same `idempotencyKey` sends at most once: a retry after a
   * crash between sending and recording it as sent does not send it again.
   */
  send(message: MailMessage, options?: SendOptions): Promise<void>;
}

export interface SendOptions {
  idempotencyKey?: string;
}

/** The mail port could not hand the message over; the caller decides whether that fails the request. */
export class MailDeliveryError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("mail_unavailable", message, options);
    this.name = "MailDeliveryError";
  }
}
