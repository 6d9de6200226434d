import { mkdtempSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetProcessWide } from "@/server/process-wide";

// a "Redis" that accepts connections and never answers: the store hangs rather than fails
const sockets = new Set<Socket>();
const silent = createServer((socket) => {
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
});
await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

/** The health route of a fresh server instance, with these settings. */
async function healthWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  forgetProcessWide();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  const { GET } = await import("@/app/api/health/route");
  const { getStore } = await import("@/server/store");
  // the catalog is read on first use: not part of what is timed
  (await import("@/server/catalog")).getCatalog();
  const started = Date.now();
  const response = await GET(new Request("http://localhost/api/health"));
  const ms = Date.now() - started;
  await getStore().close();
  return { response, body: await response.json(), ms };
}

beforeEach(() => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "mjpro-health-"));
});

describe("GET /api/health", () => {
  it("answers 200 with store ok and the catalog's figures when the store answers", async () => {
    const { response, body } = await healthWith({ REDIS_URL: undefined });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({ status: "ok", store: "ok" });
    expect(body.catalog.styles).toBeGreaterThan(0);
    expect(typeof body.catalog.version).toBe("string");
  }, 20_000);

  it("answers 503 store unavailable within about a second when the store does not answer", async () => {
    const { port } = silent.address() as { port: number };
    const { response, body, ms } = await healthWith({ REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({ status: "unavailable", store: "unavailable" });
    expect(body.catalog.styles).toBeGreaterThan(0);
    // the route's own one-second bound, not the store client's two-second command timeout
    expect(ms).toBeLessThan(1900);
  }, 20_000);

  it("answers 503 when nothing listens where the store should be", async () => {
    const { response, body } = await healthWith({ REDIS_URL: "redis://127.0.0.1:1" });
    expect(response.status).toBe(503);
    expect(body.store).toBe("unavailable");
  }, 20_000);
});
