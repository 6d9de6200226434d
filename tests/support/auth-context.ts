import { createHmac } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { MailMessage } from "@/adapters/mail/port";
import type { Store } from "@/adapters/store/port";
import { sqliteStore } from "@/adapters/store/sqlite";
import { LIMITS } from "@/domain/auth/policy";
import type { AuthContext } from "@/services/auth/context";
import { requestCode } from "@/services/auth/request-code";

export interface TestAuth {
  ctx: AuthContext;
  mails: MailMessage[];
  /** the clock services see; move it with `advance` */
  advance(ms: number): void;
  lastCode(email: string): string;
  /** Asks for a code as `ip`: the challenge it answered and the code its mail carried. */
  send(email: string, ip: string): Promise<{ challenge: string; code: string }>;
}

export function testAuth(
  store: Store = sqliteStore({ file: path.join(mkdtempSync(path.join(tmpdir(), "mjpro-auth-")), "s.db") }),
): TestAuth {
  const mails: MailMessage[] = [];
  let now = Date.UTC(2026, 10, 26, 12, 0, 0);
  const secret = "test-secret-test-secret-test-secret";
  const ctx: AuthContext = {
    store,
    mail: { send: async (message) => void mails.push(message) },
    clock: { now: () => now },
    limits: { ...LIMITS },
    keys: {
      hmacKey: createHmac("sha256", secret).update("hmac").digest(),
      tokenKey: new Uint8Array(createHmac("sha256", secret).update("token").digest()),
      issuer: "http://localhost:3000",
      audience: "mjpro-api",
    },
    revealCodesInLog: false,
    log: () => undefined,
  };
  const lastCode = (email: string) => {
    const mail = mails.filter((m) => m.to === email).at(-1);
    const code = mail?.text.match(/\b\d{6}\b/)?.[0];
    if (!code) throw new Error(`no code mailed to ${email}`);
    return code;
  };
  return {
    ctx,
    mails,
    advance: (ms) => {
      now += ms;
    },
    lastCode,
    send: async (email, ip) => {
      const { challenge } = await requestCode(ctx, { email, ip });
      return { challenge, code: lastCode(email) };
    },
  };
}
