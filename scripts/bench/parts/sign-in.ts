import { latestMailTo } from "../../../src/adapters/mail/outbox";

/** A signed-in account on the server at `url`, through the API as a person would, reading the code from the outbox. */
export async function signIn(url: string, outbox: string): Promise<string> {
  const email = `bench-${Date.now()}@example.com`;
  const post = (pathname: string, body: unknown) =>
    fetch(`${url}${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const { challenge } = (await (await post("/api/auth/code", { email })).json()) as { challenge: string };
  const mail = await latestMailTo(outbox, email);
  const code = mail?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error("bench: no sign-in code in the outbox");
  const verified = await post("/api/auth/verify", { email, challenge, code, ageConfirmed: true });
  return ((await verified.json()) as { token: string }).token;
}
