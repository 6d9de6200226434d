import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "@/adapters/store/port";
import { redisStore } from "@/adapters/store/redis";
import { toErrorResponse } from "@/server/http";

describe("a Redis store that cannot be reached", () => {
  it("fails each call within a few seconds with StoreUnavailableError, which the API answers as 503", async () => {
    const store = redisStore({ url: "redis://127.0.0.1:1", commandTimeoutMs: 500 });
    try {
      for (const call of [
        () => store.ping(),
        () => store.users.get("usr_x"),
        () => store.codes.countAttempt("k", "c", Date.now()),
      ]) {
        const started = Date.now();
        const error = await call().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect(Date.now() - started).toBeLessThan(3000);
        const response = toErrorResponse(error);
        expect(response.status).toBe(503);
        expect((await response.json()).error.code).toBe("store_unavailable");
      }
    } finally {
      await store.close();
    }
  });
});
