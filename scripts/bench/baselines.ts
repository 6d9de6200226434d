import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { MERGE_LIKES } from "../../src/adapters/store/redis-scripts";

export interface Baseline {
  url: string;
  stop(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Serves the same bytes for every request: what the HTML figure is compared with. */
export async function staticBaseline(body: string, contentType: string): Promise<Baseline> {
  const bytes = Buffer.from(body);
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": contentType, "content-length": bytes.length });
    response.end(bytes);
  });
  return { url: await listen(server), stop: () => close(server) };
}

/**
 * A bare node:http handler doing what a like costs the app in Redis: read the person's
 * profile (the token version check), then the merge script on their likes hash, run by
 * its SHA1 as the app's store runs it.
 */
export async function likesBaseline(redisUrl: string, userId: string, prefix: string): Promise<Baseline> {
  const redis = new Redis(redisUrl);
  redis.defineCommand("mergeLikes", { numberOfKeys: 1, lua: MERGE_LIKES });
  const mergeLikes = (redis as unknown as Record<string, (...args: string[]) => Promise<unknown>>)
    .mergeLikes as (...args: string[]) => Promise<unknown>;
  const server = createServer(async (request, response) => {
    const imageId = request.url?.split("/").at(-1) ?? "img_x";
    await redis.hgetall(`${prefix}u:{${userId}}:profile`);
    const merged = await mergeLikes.call(
      redis,
      `${prefix}u:{${userId}}:likes`,
      "0",
      imageId,
      "1",
      String(Date.now()),
    );
    const body = JSON.stringify({ entries: merged });
    response.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    response.end(body);
  });
  return {
    url: await listen(server),
    stop: async () => {
      await close(server);
      redis.disconnect();
    },
  };
}
