import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { SignJWT } from "jose";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { latestMailTo } from "@/adapters/mail/outbox";
import { openSqlite } from "@/adapters/store/sqlite-driver";

// this file has its own module registry: the routes read these settings fresh
const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-auth-api-"));
process.env.DATA_DIR = dataDir;
process.env.SITE_URL = "http://localhost:3000";

const codeRoute = await import("@/app/api/auth/code/route");
const verifyRoute = await import("@/app/api/auth/verify/route");
const meRoute = await import("@/app/api/me/route");
const signOutRoute = await import("@/app/api/auth/signout-all/route");
const { getAuthKeys } = await import("@/server/secrets");

let ipCounter = 0;
const freshIp = () => {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

function post(handler: (r: Request) => Promise<Response>, body: unknown, ip = freshIp(), raw?: string) {
  return handler(
    new Request("http://localhost/api", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: raw ?? JSON.stringify(body),
    }),
  );
}

const me = (token: string) =>
  meRoute.GET(new Request("http://localhost/api/me", { headers: { authorization: `Bearer ${token}` } }));

async function codeFor(email: string): Promise<string> {
  const mail = await latestMailTo(path.join(dataDir, "outbox"), email);
  const code = mail?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`no code for ${email}`);
  return code;
}

/** Asks for a code: the challenge the answer carries. */
async function requestChallenge(email: string, ip = freshIp()): Promise<string> {
  const response = await post(codeRoute.POST, { email }, ip);
  expect(response.status).toBe(202);
  return (await response.json()).challenge;
}

const unknownChallenge = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64url");

async function signIn(email: string): Promise<string> {
  const challenge = await requestChallenge(email);
  const response = await post(verifyRoute.POST, {
    email,
    challenge,
    code: await codeFor(email),
    ageConfirmed: true,
  });
  expect(response.status).toBe(200);
  return (await response.json()).token;
}

const headerSnapshot = (response: Response) =>
  [...response.headers.entries()].filter(([name]) => name !== "date").sort();

describe("auth API", () => {
  let token = "";
  beforeAll(async () => {
    token = await signIn("known@example.com");
  });

  it("creates no account over HTTP without the 16+ confirmation, and does with it", async () => {
    const email = "new-minor-check@example.com";
    const challenge = await requestChallenge(email);
    const code = await codeFor(email);
    for (const body of [
      { email, challenge, code },
      { email, challenge, code, ageConfirmed: false },
    ]) {
      const refused = await post(verifyRoute.POST, body);
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toEqual({
        code: "age_confirmation_required",
        message: "Confirm that you are 16 or older to create your account.",
      });
    }
    const accepted = await post(verifyRoute.POST, { email, challenge, code, ageConfirmed: true });
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).user.email).toBe(email);
  });

  it("issues tokens that live 30 days", () => {
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
    expect(claims.exp - claims.iat).toBe(30 * 24 * 60 * 60);
  });

  it("answers 415 to a body that is not JSON and 413 to one that is too large", async () => {
    const plain = await codeRoute.POST(
      new Request("http://localhost/api", {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "{}",
      }),
    );
    expect(plain.status).toBe(415);
    const huge = await post(codeRoute.POST, { email: `${"a".repeat(20_000)}@example.com` });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe("payload_too_large");
  });

  it("signs in and answers /api/me with no-store", async () => {
    const response = await me(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toMatchObject({ email: "known@example.com", plan: "free" });
  });

  it("answers known and unknown emails alike: the same bytes but for a fresh random challenge", async () => {
    const known = await post(codeRoute.POST, { email: "known@example.com" });
    const unknown = await post(codeRoute.POST, { email: "nobody-here@example.com" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(headerSnapshot(unknown)).toEqual(headerSnapshot(known));
    const [knownText, unknownText] = [await known.text(), await unknown.text()];
    const challenges = [knownText, unknownText].map((text) => JSON.parse(text).challenge as string);
    for (const challenge of challenges) expect(challenge).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(challenges[0]).not.toBe(challenges[1]);
    expect(unknownText.replace(challenges[1] as string, "")).toBe(
      knownText.replace(challenges[0] as string, ""),
    );
    // the page counts this down before it offers another code: the real send window here
    expect(JSON.parse(knownText).resendAfterSeconds).toBe(60);
  });

  it("verifies a code only with its challenge: missing or malformed is a 400 naming it, unknown reads as a wrong code", async () => {
    const email = "challenged@example.com";
    const challenge = await requestChallenge(email);
    const code = await codeFor(email);
    for (const body of [
      { email, code, ageConfirmed: true },
      { email, code, challenge: "short", ageConfirmed: true },
      { email, code, challenge: 12, ageConfirmed: true },
    ]) {
      const refused = await post(verifyRoute.POST, body);
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toMatchObject({ code: "invalid_input" });
    }
    const missing = await post(verifyRoute.POST, { email, code, ageConfirmed: true });
    expect((await missing.json()).error.message).toMatch(/challenge/);
    // an unknown challenge: one answer for a known email and an unknown one, and nothing spent
    const answers: { status: number; body: string }[] = [];
    for (const address of [email, "nobody-at-all@example.com"]) {
      const wrong = await post(verifyRoute.POST, { email: address, code, challenge: unknownChallenge() });
      answers.push({ status: wrong.status, body: await wrong.text() });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]?.status).toBe(400);
    expect(JSON.parse(answers[0]?.body ?? "{}").error.code).toBe("code_invalid");
    const right = await post(verifyRoute.POST, { email, code, challenge, ageConfirmed: true });
    expect(right.status).toBe(200);
  });

  it("answers 429 with Retry-After at each send limit, counting each client apart", async () => {
    const client = freshIp();
    expect((await post(codeRoute.POST, { email: "minute@example.com" }, client)).status).toBe(202);
    const again = await post(codeRoute.POST, { email: "minute@example.com" }, client);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(again.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await again.json()).error.code).toBe("rate_limited");
    // the same minute, another client
    expect((await post(codeRoute.POST, { email: "minute@example.com" })).status).toBe(202);

    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const oneClient: number[] = [];
      for (let i = 0; i < 4; i++) {
        vi.setSystemTime(Date.now() + 61_000);
        oneClient.push((await post(codeRoute.POST, { email: "hourly@example.com" }, client)).status);
      }
      expect(oneClient).toEqual([202, 202, 202, 429]);
      const others: number[] = [];
      for (let i = 0; i < 4; i++)
        others.push((await post(codeRoute.POST, { email: "hourly@example.com" })).status);
      // the email's 6 an hour: 3 from the first client, 3 from others
      expect(others).toEqual([202, 202, 202, 429]);
    } finally {
      vi.useRealTimers();
    }

    const ip = freshIp();
    const fromOneIp: number[] = [];
    for (let i = 0; i < 30; i++)
      fromOneIp.push((await post(codeRoute.POST, { email: `ip${i}@example.com` }, ip)).status);
    expect(fromOneIp.every((s) => s === 202)).toBe(true);
    const last = await post(codeRoute.POST, { email: "ip-last@example.com" }, ip);
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(60);
  });

  it("answers 429 with Retry-After past 30 verifications per IP in 5 minutes", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push(
        (
          await post(
            verifyRoute.POST,
            { email: `v${i}@example.com`, code: "123456", challenge: unknownChallenge() },
            ip,
          )
        ).status,
      );
    }
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
    const again = await post(
      verifyRoute.POST,
      { email: "v-last@example.com", code: "123456", challenge: unknownChallenge() },
      ip,
    );
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(again.headers.get("retry-after"))).toBeLessThanOrEqual(300);
  });

  it("refuses tampered, expired, wrong-audience, alg:none and signed-out tokens with 401", async () => {
    const keys = getAuthKeys();
    const userId = (await (await me(token)).json()).id as string;
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const tamperedPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, "base64url").toString()),
        sub: "usr_someone_else",
      }),
    ).toString("base64url");
    const sign = (claims: { aud?: string; exp?: number; iss?: string; alg?: string }) =>
      new SignJWT({ ver: 0 })
        .setProtectedHeader({ alg: claims.alg ?? "HS256" })
        .setSubject(userId)
        .setIssuer(claims.iss ?? keys.issuer)
        .setAudience(claims.aud ?? keys.audience)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 100)
        .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 3600)
        .sign(keys.tokenKey);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${payload}.`;
    const bad = {
      tampered: `${header}.${tamperedPayload}.${signature}`,
      expired: await sign({ exp: Math.floor(Date.now() / 1000) - 10 }),
      wrongAudience: await sign({ aud: "someone-else" }),
      wrongIssuer: await sign({ iss: "https://elsewhere.example" }),
      otherAlgorithm: await sign({ alg: "HS512" }),
      algNone: none,
      garbage: "not-a-token",
    };
    for (const [name, value] of Object.entries(bad)) {
      const response = await me(value);
      expect(response.status, name).toBe(401);
      expect((await response.json()).error.code, name).toBe("unauthorized");
    }
    expect((await meRoute.GET(new Request("http://localhost/api/me"))).status).toBe(401);
    // the control: the same signing path with the right claims is accepted
    expect((await me(await sign({}))).status).toBe(200);
  });

  it("kills old tokens when the version is bumped by sign-out everywhere", async () => {
    const own = await signIn("leaving@example.com");
    const other = await (async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 61_000);
      try {
        return await signIn("leaving@example.com");
      } finally {
        vi.useRealTimers();
      }
    })();
    const response = await signOutRoute.POST(
      new Request("http://localhost/api/auth/signout-all", {
        method: "POST",
        headers: { authorization: `Bearer ${own}` },
      }),
    );
    expect(response.status).toBe(204);
    expect((await me(own)).status).toBe(401);
    expect((await me(other)).status).toBe(401);
  });
});

describe("auth API under random input", () => {
  const db = () => openSqlite(path.join(dataDir, "mjpro.db"), { busyTimeoutMs: 5000 });
  const snapshot = () => {
    const handle = db();
    try {
      const count = (table: string) =>
        (handle.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      const outbox = readdirSync(path.join(dataDir, "outbox")).length;
      return { users: count("users"), codes: count("codes"), outbox };
    } finally {
      handle.close();
    }
  };

  const bodies = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string(),
    fc
      .record(
        {
          email: fc.oneof(fc.string(), fc.emailAddress(), fc.integer(), fc.constant(null)),
          code: fc.oneof(fc.string(), fc.stringMatching(/^\d{6}$/), fc.integer()),
          challenge: fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{22}$/), fc.integer()),
          ageConfirmed: fc.oneof(fc.boolean(), fc.string()),
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
  );

  for (const [name, handler] of [
    ["POST /api/auth/code", codeRoute.POST],
    ["POST /api/auth/verify", verifyRoute.POST],
  ] as const) {
    it(`${name}: 1,000 random bodies never get a 5xx, and a 400 writes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies, async (raw) => {
          const before = snapshot();
          const response = await post(handler, undefined, freshIp(), raw);
          expect(response.status).toBeLessThan(500);
          const body = await response.json();
          if (response.status >= 400) {
            expect(typeof body.error.code).toBe("string");
            expect(typeof body.error.message).toBe("string");
          }
          if (response.status === 400) expect(snapshot()).toEqual(before);
        }),
        { numRuns: 1000 },
      );
    }, 120_000);
  }
});
