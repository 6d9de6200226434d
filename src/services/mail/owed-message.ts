import { z } from "zod";
import type { MailMessage } from "@/adapters/mail/port";
import type { OwedMail } from "@/adapters/store/port";
import { BILLING_NOTICES, renderBillingNotice } from "@/emails/billing-notice";

/**
 * What an owed mail says, as stored: the kind and the facts it is rendered from when it is
 * sent. No address: the account's own is read then, so a deleted account gets nothing.
 */
const owedBody = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("billing_notice"),
    notice: z.enum(BILLING_NOTICES),
    until: z.number().int().optional(),
    dataKeptUntil: z.number().int().optional(),
  }),
]);
export type OwedBody = z.infer<typeof owedBody>;

/** The mail an event owes a person; its id (event and notice) makes a second recording a no-op. */
export function owedMail(input: {
  eventId: string;
  userId: string;
  body: OwedBody;
  createdAt: number;
}): OwedMail {
  return {
    id: `${input.eventId}:${input.body.notice}`,
    userId: input.userId,
    body: JSON.stringify(input.body),
    createdAt: input.createdAt,
  };
}

/** The message to send to `to`; undefined when the stored body cannot be read. */
export async function renderOwedMail(body: string, to: string): Promise<MailMessage | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = owedBody.safeParse(json);
  if (!parsed.success) return undefined;
  const { notice, until, dataKeptUntil } = parsed.data;
  return { to, ...(await renderBillingNotice(notice, { until, dataKeptUntil })) };
}
