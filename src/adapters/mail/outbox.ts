import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { MailDeliveryError, type MailPort } from "./port";

/** One file in the outbox, exactly as DESIGN.md's outbox contract describes it. */
const outboxMessageSchema = z.strictObject({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sentAt: z.iso.datetime(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export interface OutboxOptions {
  dir: string;
  /** Told where each message went (local mode only, so the address may appear). */
  log?: (line: string) => void;
  now?: () => Date;
}

// Orders messages written by this process within the same millisecond.
let sequence = 0;

function fileName(sentAt: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  const time = sentAt.toISOString().replaceAll(":", "-");
  return `${time}-${String(sequence).padStart(6, "0")}-${randomBytes(4).toString("hex")}.json`;
}

/**
 * Claims an idempotency key by creating its marker file (`wx`: of two writers one wins);
 * false when the key was used before. The marker's name is a hash: it says nothing of the mail.
 */
async function claimKey(dir: string, key: string): Promise<{ fresh: boolean; marker: string }> {
  const markers = path.join(dir, ".sent");
  const marker = path.join(markers, createHash("sha256").update(key).digest("hex"));
  await mkdir(markers, { recursive: true, mode: 0o700 });
  try {
    await writeFile(marker, "", { flag: "wx", mode: 0o600 });
    return { fresh: true, marker };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { fresh: false, marker };
    throw error;
  }
}

/** Embedded default: writes each message as one JSON file instead of sending it. */
export function outboxMail({ dir, log, now = () => new Date() }: OutboxOptions): MailPort {
  return {
    async send({ to, subject, text, html }, options = {}) {
      const sentAt = now();
      const name = fileName(sentAt);
      const message: OutboxMessage = { to, subject, text, html, sentAt: sentAt.toISOString() };
      // The temp name has no .json ending, so readers never see a half-written file.
      const temp = path.join(dir, `.${name}.tmp`);
      let marker: string | undefined;
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        if (options.idempotencyKey) {
          const claimed = await claimKey(dir, options.idempotencyKey);
          // as Resend does with a repeated key: the first send stands, nothing is written again
          if (!claimed.fresh) return;
          marker = claimed.marker;
        }
        await writeFile(temp, `${JSON.stringify(message, null, 2)}\n`, { flag: "wx", mode: 0o600 });
        await rename(temp, path.join(dir, name));
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        // the message was not written: a retry with the same key may write it
        if (marker) await rm(marker, { force: true }).catch(() => undefined);
        throw new MailDeliveryError("Could not write the message to the outbox", { cause: error });
      }
      // not the subject: a sign-in mail's subject holds its code
      log?.(`outbox: mail to ${to} → ${path.join(dir, name)}`);
    },
  };
}

/** All messages in the outbox, oldest first; empty when the outbox does not exist yet. */
export async function readOutbox(dir: string): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files = names.filter((name) => name.endsWith(".json") && !name.startsWith(".")).sort();
  return Promise.all(
    files.map(async (name) =>
      outboxMessageSchema.parse(JSON.parse(await readFile(path.join(dir, name), "utf8"))),
    ),
  );
}

/** The newest message addressed to `email` (compared case-insensitively), if any. */
export async function latestMailTo(dir: string, email: string): Promise<OutboxMessage | undefined> {
  const wanted = email.toLowerCase();
  return (await readOutbox(dir)).findLast((message) => message.to.toLowerCase() === wanted);
}
