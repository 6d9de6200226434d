import path from "node:path";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { latestMailTo } from "../../../src/adapters/mail/outbox";

/** The e2e server's outbox (playwright.config.ts sets DATA_DIR=tmp/e2e-data). */
export const OUTBOX = path.join("tmp", "e2e-data", "outbox");
/** Everything the e2e server wrote to stdout and stderr during the run. */
export const SERVER_LOG = path.join("tmp", "e2e-server.log");

/** The newest mail to `email` (sent at or after `sentAfter`) and its code, waiting for it to arrive. */
export async function mailFromOutbox(
  email: string,
  sentAfter = 0,
): Promise<{ code: string; subject: string }> {
  let found: { code: string; subject: string } | undefined;
  await expect
    .poll(async () => {
      const mail = await latestMailTo(OUTBOX, email);
      const code =
        mail && Date.parse(mail.sentAt) >= sentAfter ? mail.text.match(/\b\d{6}\b/)?.[0] : undefined;
      found = mail && code ? { code, subject: mail.subject } : undefined;
      return found;
    })
    .toBeTruthy();
  return found as { code: string; subject: string };
}

/** The code of the newest mail to `email` (sent at or after `sentAfter`), waiting for it to arrive. */
export async function codeFromOutbox(email: string, sentAfter = 0): Promise<string> {
  return (await mailFromOutbox(email, sentAfter)).code;
}

/** Types the code into the six boxes, one digit each. */
export async function typeCode(page: Page, code: string) {
  for (const [index, digit] of [...code].entries())
    await page.getByLabel(`Digit ${index + 1} of 6`).fill(digit);
}

/** The question a person with no account is asked after a right code: confirm 16+ and create it. */
export async function confirmAgeAndCreate(page: Page) {
  await page.getByLabel("I am 16 or older").check();
  await page.getByRole("button", { name: "Create my account" }).click();
}

/**
 * On the sign-in page: asks for a code for `email`, types it into the six boxes and, for a new
 * account (the default), confirms 16+ when asked. Signing in then opens `next`.
 */
export async function signInWithCode(
  page: Page,
  email: string,
  next = "/account",
  { newAccount = true }: { newAccount?: boolean } = {},
) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  const sentAfter = Date.now() - 1000;
  await page.getByRole("button", { name: "Send code" }).click();
  const code = await codeFromOutbox(email, sentAfter);
  await typeCode(page, code);
  if (newAccount) await confirmAgeAndCreate(page);
}

/** Creates an account over the API (confirming 16+) and returns its token, for tests about what follows. */
export async function signUpByApi(request: APIRequestContext, email: string): Promise<string> {
  const sentAfter = Date.now() - 1000;
  const sent = await request.post("/api/auth/code", { data: { email } });
  expect(sent.status()).toBe(202);
  const { challenge } = (await sent.json()) as { challenge: string };
  const code = await codeFromOutbox(email, sentAfter);
  const verified = await request.post("/api/auth/verify", {
    data: { email, challenge, code, ageConfirmed: true },
  });
  expect(verified.status()).toBe(200);
  return (await verified.json()).token;
}

/** Opens `path` signed in with `token`, as a browser that signed in earlier would. */
export async function openSignedIn(page: Page, token: string, path = "/account") {
  await page.goto("/signin");
  await page.evaluate((value) => localStorage.setItem("mjpro.token", value), token);
  await page.goto(path);
}
