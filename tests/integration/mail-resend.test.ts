import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MailDeliveryError, type MailMessage } from "@/adapters/mail/port";
import { resendMail } from "@/adapters/mail/resend";

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

const API_KEY = "re_test_key_123";
const FROM = "mjpro <mail@mjpro.test>";
const message: MailMessage = {
  to: "ana@example.com",
  subject: "Your mjpro sign-in code",
  text: "Code: 123456",
  html: "<p>Code: <b>123456</b></p>",
};

// Stands in for api.resend.com on loopback; each test sets the answer it wants.
const received: Received[] = [];
let answer = { status: 200, body: '{"id":"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"}' };
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    received.push({
      method: req.method,
      url: req.url,
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    });
    res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
  });
});
let baseUrl = "";
const fetchSpy = vi.spyOn(globalThis, "fetch");

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  // nothing may leave the machine: every request the SDK made went to the stand-in
  for (const [input] of fetchSpy.mock.calls) expect(String(input).startsWith(baseUrl)).toBe(true);
  fetchSpy.mockClear();
  received.length = 0;
  answer = { status: 200, body: '{"id":"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"}' };
});

describe("Resend mail adapter", () => {
  it("POSTs the message to /emails with the API key as a bearer token", async () => {
    await resendMail({ apiKey: API_KEY, from: FROM, baseUrl }).send(message);

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/emails");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toStrictEqual({ from: FROM, ...message });
  });

  it("sends the idempotency key as Idempotency-Key, so a retried send is not a second mail", async () => {
    await resendMail({ apiKey: API_KEY, from: FROM, baseUrl }).send(message, {
      idempotencyKey: "mjpro-mail-evt_1:x",
    });
    await resendMail({ apiKey: API_KEY, from: FROM, baseUrl }).send(message);
    expect(received.map((r) => r.headers["idempotency-key"])).toEqual(["mjpro-mail-evt_1:x", undefined]);
  });

  it("follows RESEND_BASE_URL when no base URL is passed", async () => {
    vi.stubEnv("RESEND_BASE_URL", baseUrl);
    try {
      await resendMail({ apiKey: API_KEY, from: FROM }).send(message);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(received.map((r) => r.url)).toEqual(["/emails"]);
  });

  it("turns a 4xx answer into MailDeliveryError without the address or key in its message", async () => {
    answer = {
      status: 422,
      body: JSON.stringify({
        statusCode: 422,
        name: "validation_error",
        message: `Invalid \`to\` field: ${message.to}`,
      }),
    };
    const error = await resendMail({ apiKey: API_KEY, from: FROM, baseUrl })
      .send(message)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MailDeliveryError);
    const text = String((error as Error).message);
    expect(text).toContain("validation_error");
    expect(text).toContain("422");
    expect(text).not.toContain(message.to);
    expect(text).not.toContain(API_KEY);
  });

  it("turns a 5xx answer into MailDeliveryError", async () => {
    answer = { status: 503, body: "upstream unavailable" };
    await expect(resendMail({ apiKey: API_KEY, from: FROM, baseUrl }).send(message)).rejects.toBeInstanceOf(
      MailDeliveryError,
    );
    expect(received).toHaveLength(1);
  });

  it("turns an unreachable API into MailDeliveryError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const send = resendMail({ apiKey: API_KEY, from: FROM, baseUrl: deadUrl }).send(message);
    await expect(send).rejects.toBeInstanceOf(MailDeliveryError);
    fetchSpy.mockClear(); // the dead port is loopback too, just not the stand-in's
  });
});
