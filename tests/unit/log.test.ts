import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, scrubText } from "@/server/log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createLogger({ level: "info", destination }), lines, raw };
}

const TOKEN =
  "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMTIzIiwidiI6MH0.Qm9ndXNTaWduYXR1cmVfX19fX19fX19fX19fX19fX18";

describe("structured logs", () => {
  it("writes one JSON object per line with level, time, event and message", () => {
    const { log, lines } = capture();
    log.info({ event: "request", method: "GET", path: "/api/styles", status: 200, ms: 3 });
    log.warn({ event: "image_missing", file: "a.jpg" }, "original missing");
    expect(lines[0]).toMatchObject({ level: "info", event: "request", status: 200 });
    expect(typeof lines[0]?.time).toBe("string");
    expect(lines[1]).toMatchObject({ level: "warn", msg: "original missing" });
  });

  it("masks emails, codes and tokens in messages, objects and errors", () => {
    const { log, raw } = capture();
    log.info({ event: "x", detail: "sent to Person.Name+tag@example.co.uk" }, "code 123456 for a@b.io");
    log.info({ event: "x", email: "plain@example.com", nested: { code: "654321", note: `Bearer ${TOKEN}` } });
    log.error(
      {
        event: "unhandled_error",
        err: new Error(`Stripe: no customer for someone@example.org`, { cause: TOKEN }),
      },
      "unhandled error",
    );
    log.error(new Error(`token ${TOKEN} refused`));
    const all = raw.join("");
    for (const secret of ["Person.Name+tag@example.co.uk", "a@b.io", "123456", "plain@example.com", "654321"])
      expect(all).not.toContain(secret);
    expect(all).not.toContain(TOKEN.slice(0, 30));
    expect(all).not.toContain("someone@example.org");
    expect(all).toContain("Stripe: no customer for [email]");
    expect(all).toContain('"type":"Error"');
    expect(all).toContain("[redacted]");
  });

  it("never writes a sign-in mail's subject, which leads with the code", () => {
    const { log, raw } = capture();
    log.info({ event: "mail", subject: "Welcome back" });
    log.warn({ event: "mail" }, "sending 042917 is your mjpro code failed");
    const all = raw.join("");
    expect(all).not.toContain("042917");
    expect(all).not.toContain("Welcome back");
    expect(all).toContain('"subject":"[redacted]"');
  });

  it("masks URL-encoded addresses and writes nothing nested too deep to look through", () => {
    const { log, raw } = capture();
    log.info({ event: "x", url: "/x?to=jane%40example.com" });
    log.info({ event: "x", a: { b: { c: { d: { e: { f: { g: { h: "deep@example.com" } } } } } } } });
    const all = raw.join("");
    expect(all).not.toContain("jane");
    expect(all).not.toContain("deep@example.com");
    expect(all).toContain("[too deep]");
  });

  it("leaves ordinary numbers, ids and paths readable", () => {
    expect(scrubText("GET /api/likes/img_0a1b2c3d 200 in 1234567 ms, v1.2.3, 12345")).toBe(
      "GET /api/likes/img_0a1b2c3d 200 in 1234567 ms, v1.2.3, 12345",
    );
    expect(scrubText("code: 004211.")).toBe("code: [digits].");
  });
});
