import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** How a slow link brings a page: this many bytes, then a pause. */
export interface Trickle {
  bytes: number;
  pauseMs: number;
}

const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection"]);

/** Asks `target` for what the browser asked, and answers it, an HTML page piece by piece. */
async function relay(
  target: string,
  trickle: Trickle,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string" && name !== "host" && name !== "accept-encoding") headers.set(name, value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const answer = await fetch(new URL(request.url ?? "/", target), {
    method: request.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
    redirect: "manual",
  });
  for (const [name, value] of answer.headers) {
    if (!DROPPED_HEADERS.has(name)) response.setHeader(name, value);
  }
  response.writeHead(answer.status);
  const body = Buffer.from(await answer.arrayBuffer());
  if (!answer.headers.get("content-type")?.startsWith("text/html")) {
    response.end(body);
    return;
  }
  for (let at = 0; at < body.length; at += trickle.bytes) {
    response.write(body.subarray(at, at + trickle.bytes));
    await sleep(trickle.pauseMs);
  }
  response.end();
}

/**
 * A proxy in front of `target` that sends every HTML page in small pieces with pauses between
 * them, as a page arrives over a slow mobile link, so the browser paints it part by part (a
 * local server otherwise hands it over whole). Everything else passes at once. For anonymous
 * pages: it keeps one of several Set-Cookie headers and rewrites no address.
 */
export async function slowLink(
  target: string,
  trickle: Trickle,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    relay(target, trickle, request, response).catch((error: unknown) => {
      // an answer the browser can see, not a page that hangs until the test's timeout
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end(`slow link: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
