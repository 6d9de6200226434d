import { describe, expect, it } from "vitest";
import { InvalidWebhookError } from "@/adapters/payments/port";
import { StoreUnavailableError } from "@/adapters/store/port";
import { ERROR_STATUS, hasErrorCode } from "@/domain/errors";
import { toErrorResponse } from "@/server/http";
import { RateLimitedError } from "@/services/auth/errors";
import { ConflictError, NotFoundError } from "@/services/errors";

const answer = async (error: unknown) => {
  const response = toErrorResponse(error);
  return { status: response.status, body: await response.json(), headers: response.headers };
};

describe("errors by code", () => {
  it("gives every code a 4xx or 5xx status", () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });

  it("maps by code, not by class: an error from another bundle's copy of a class answers the same", async () => {
    const foreign = Object.assign(new Error("no style with id sty_x"), { code: "not_found" });
    expect(foreign).not.toBeInstanceOf(NotFoundError);
    expect(await answer(foreign)).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "no style with id sty_x" } },
    });
    const webhook = Object.assign(new Error("no signature"), { code: "invalid_webhook" });
    expect((await answer(webhook)).status).toBe(400);
  });

  it("answers each error with its code's status and headers", async () => {
    expect((await answer(new ConflictError("limit_reached", "too many boards"))).status).toBe(409);
    const limited = await answer(new RateLimitedError("slow down", 42));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("42");
    const store = await answer(new StoreUnavailableError("ECONNREFUSED 127.0.0.1:6379"));
    expect(store.status).toBe(503);
    // the cause stays in the log: the client reads our words
    expect(store.body.error.message).toBe("Our data store is not answering. Try again in a moment.");
    expect((await answer(new InvalidWebhookError("bad shape", "malformed_event"))).body.error).toEqual({
      code: "malformed_event",
      message: "Webhook refused: bad shape.",
    });
  });

  it("answers a code that is not ours, or no code at all, with a 500 that says nothing of it", async () => {
    const system = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    expect(hasErrorCode(system)).toBe(false);
    expect(await answer(system)).toMatchObject({ status: 500, body: { error: { code: "internal" } } });
    expect((await answer(new Error("boom"))).body.error.message).not.toContain("boom");
  });
});
