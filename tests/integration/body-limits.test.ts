import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "mjpro-body-limits-"));
process.env.STRIPE_SECRET_KEY = "sk_test_body_limits";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_test_secret_for_body_limits";
process.env.STRIPE_PRICE_MONTH = "price_month";
process.env.STRIPE_PRICE_YEAR = "price_year";

const { POST: requestCode } = await import("@/app/api/auth/code/route");
const { POST: webhook } = await import("@/app/api/webhooks/stripe/route");

const CHUNK_BYTES = 64 * 1024;

/** A body of `totalBytes` spaces that counts how much of it was pulled. */
function countedBody(totalBytes: number) {
  const counter = { pulledBytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulledBytes >= totalBytes) {
        controller.close();
        return;
      }
      counter.pulledBytes += CHUNK_BYTES;
      controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(0x20));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

function streamedPost(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("bodies are refused while they arrive", () => {
  it("a 200 MB body without a length gets 413 after the first chunk past the limit, and the rest is never read", async () => {
    const { stream, counter } = countedBody(200 * 2 ** 20);
    const answer = await requestCode(streamedPost("http://localhost/api/auth/code", stream));
    expect(answer.status).toBe(413);
    expect((await answer.json()).error.code).toBe("payload_too_large");
    expect(answer.headers.get("connection")).toBe("close");
    expect(counter.pulledBytes).toBeLessThanOrEqual(3 * CHUNK_BYTES);
    expect(counter.cancelled).toBe(true);
  });

  it("a declared length over the limit is refused before anything is read", async () => {
    const { stream, counter } = countedBody(2 ** 20);
    const answer = await requestCode(
      streamedPost("http://localhost/api/auth/code", stream, { "content-length": String(2 ** 20) }),
    );
    expect(answer.status).toBe(413);
    expect(counter.pulledBytes).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it("the Stripe webhook has a limit of its own: 1 MB is read, a larger body gets 413 unread", async () => {
    const { stream, counter } = countedBody(50 * 2 ** 20);
    const answer = await webhook(
      streamedPost("http://localhost/api/webhooks/stripe", stream, { "stripe-signature": "t=1,v1=00" }),
    );
    expect(answer.status).toBe(413);
    expect((await answer.json()).error.message).toContain("1 MB");
    expect(counter.pulledBytes).toBeLessThanOrEqual(2 ** 20 + 2 * CHUNK_BYTES);
    // under the limit, the body is read and its signature checked (and refused here)
    const small = countedBody(200 * 1024);
    const checked = await webhook(
      streamedPost("http://localhost/api/webhooks/stripe", small.stream, { "stripe-signature": "t=1,v1=00" }),
    );
    expect(checked.status).toBe(400);
    expect(small.counter.pulledBytes).toBeGreaterThanOrEqual(200 * 1024);
  });
});
