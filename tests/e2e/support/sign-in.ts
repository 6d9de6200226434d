import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { latestMailTo } from "../../../src/adapters/mail/outbox";

/** The e2e server's outbox (playwright.config.ts sets DATA_DIR=tmp/e2e-data). */
export const OUTBOX = path.join("tmp", "e2e-data", "outbox");
/** Everything the e2e server wrote to stdout and stderr during the run. */
export const SERVER_LOG = path.join("tmp", "e2e-server.log");

/** The code of the newest mail to `email` (sent at or after `sentAfter`), waiting for it to arrive. */
export async function codeFromOutbox(email: string, sentAfter = 0): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const mail = await latestMailTo(OUTBOX, email);
      code = mail && Date.parse(mail.sentAt) >= sentAfter ? mail.text.match(/\b\d{6}\b/)?.[0] : undefined;
      return code;
    })
    .toBeTruthy();
  return code as string;
}

/** On the sign-in page: asks for a code for `email` (confirming 16+) and types it into the six boxes. */
export async function signInWithCode(page: Page, email: string, next = "/account") {
  await page.goto(`/signin?next=${next}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/16 or older/).check();
  const sentAfter = Date.now() - 1000;
  await page.getByRole("button", { name: "Send code" }).click();
  const code = await codeFromOutbox(email, sentAfter);
  for (const [index, digit] of [...code].entries())
    await page.getByLabel(`Digit ${index + 1} of 6`).fill(digit);
}
