import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readOutbox } from "../../../src/adapters/mail/outbox";
import { OUTBOX, SERVER_LOG } from "../support/sign-in";

/**
 * Runs after every other e2e test (a dependent Playwright project): the log the
 * production-mode server wrote during the whole run holds no email address, sign-in
 * code or token, although every flow (sign-in, likes, checkout, export, deletion) went
 * through it.
 */
test("the server log of the whole run has no email address, sign-in code or token", async () => {
  const log = readFileSync(SERVER_LOG, "utf8");
  const lines = log.split("\n").filter((line) => line.startsWith("{"));
  const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.event === "request");
  // the log is real: the run's API calls are in it, as structured lines
  const paths = new Set(requests.map((entry) => entry.path));
  for (const path of ["/api/auth/code", "/api/auth/verify", "/api/likes/sync", "/api/me", "/api/me/export"])
    expect(paths, `a logged request to ${path}`).toContain(path);

  const mails = await readOutbox(OUTBOX);
  expect(mails.length).toBeGreaterThan(5);
  for (const mail of mails) {
    expect(log).not.toContain(mail.to);
    const code = mail.text.match(/\b\d{6}\b/)?.[0];
    if (code) expect(log, `the code mailed to ${mail.to}`).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
  }
  expect(log).not.toMatch(/[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/i);
  expect(log).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  expect(log.toLowerCase()).not.toContain("bearer ");
});
