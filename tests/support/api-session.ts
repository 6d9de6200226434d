import path from "node:path";
import { latestMailTo } from "@/adapters/mail/outbox";

type Handler = (request: Request) => Promise<Response>;

let ipCounter = 0;

/** A fresh client address, so per-IP limits of one test do not spill into another. */
export function freshIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api", {
    method,
    headers: { "content-type": "application/json", "x-forwarded-for": freshIp(), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Signs in through the real routes, reading the code from the outbox under dataDir. */
export async function signInThroughApi(
  dataDir: string,
  routes: { requestCode: Handler; verify: Handler },
  email: string,
): Promise<string> {
  const sent = await routes.requestCode(jsonRequest("POST", { email }));
  if (sent.status !== 202) throw new Error(`code request answered ${sent.status}`);
  const { challenge } = (await sent.json()) as { challenge: string };
  const code = (await latestMailTo(path.join(dataDir, "outbox"), email))?.text.match(/\b\d{6}\b/)?.[0];
  const verified = await routes.verify(jsonRequest("POST", { email, challenge, code, ageConfirmed: true }));
  if (verified.status !== 200) throw new Error(`verify answered ${verified.status}`);
  return (await verified.json()).token;
}
