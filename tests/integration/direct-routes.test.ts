import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, get, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { signInThroughApi } from "../support/api-session";

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-direct-"));
process.env.DATA_DIR = dataDir;

const codeRoute = await import("@/app/api/auth/code/route");
const verifyRoute = await import("@/app/api/auth/verify/route");
const likesRoute = await import("@/app/api/likes/route");
const { dispatchDirect } = await import("@/server/direct/routes");
const { acceptsGzip, readBody } = await import("@/server/direct/node-bridge");
const { apiSecurityHeaders, PERMISSIONS_POLICY } = await import("@/server/security-headers");

const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const imageId = catalog.styles[0]?.images[0]?.id as string;

/** Stands in for Next: records what it is asked, and renders a page (with a nonce) when asked for a copy. */
const passedOn: { method?: string; url?: string; render: boolean }[] = [];
let renderStatus = 200;
const RENDERED_NONCE = "cmVuZGVyZWQtbm9uY2U=";
const toNext = (req: IncomingMessage, res: ServerResponse) => {
  const render = req.headers["x-mjpro-render"] !== undefined;
  passedOn.push({ method: req.method, url: req.url, render });
  if (req.method === "GET" && render && req.url === "/privacy") {
    res.writeHead(renderStatus, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `script-src 'nonce-${RENDERED_NONCE}' 'strict-dynamic'`,
    });
    res.end(
      `<html><body><p>${"privacy ".repeat(300)}</p><script nonce="${RENDERED_NONCE}"></script></body></html>`,
    );
    return;
  }
  res.writeHead(299).end();
};
const server = createServer((req, res) => {
  if (!dispatchDirect(req, res, toNext)) toNext(req, res);
});
let base = "";
let auth: Record<string, string> = {};
/** the route modules as Next would load them: loading one offers its handlers to the direct routes */
let stylesRoute: typeof import("@/app/api/styles/route");

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  // page copies are rendered by asking this server itself
  process.env.PORT = String(port);
  const token = await signInThroughApi(
    dataDir,
    { requestCode: codeRoute.POST, verify: verifyRoute.POST },
    "direct@example.com",
  );
  auth = { authorization: `Bearer ${token}` };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const likedIds = async () =>
  (
    (await (await likesRoute.GET(new Request("http://localhost/api/likes", { headers: auth }))).json()) as {
      likes: { imageId: string }[];
    }
  ).likes.map((like) => like.imageId);

/** a response's headers without those about this one transfer */
const headersOf = (response: Response) =>
  Object.fromEntries(
    [...response.headers].filter(
      ([name]) => !["date", "connection", "keep-alive", "content-length"].includes(name),
    ),
  );

describe("direct routes (server.mjs)", () => {
  it("leaves a route to Next until Next has loaded its module", async () => {
    passedOn.length = 0;
    expect((await fetch(`${base}/api/styles`)).status).toBe(299);
    expect((await fetch(`${base}/api/likes/${imageId}`, { method: "PUT", headers: auth })).status).toBe(299);
    expect(passedOn).toHaveLength(2);
    stylesRoute = await import("@/app/api/styles/route");
    await import("@/app/api/likes/[imageId]/route");
  });

  it("answers GET /api/styles exactly as the route does, anonymous or signed in", async () => {
    for (const headers of [{}, auth]) {
      for (const query of ["", "?q=neon&limit=5", "?category=nope", "?limit=5&limit=6"]) {
        const direct = await fetch(`${base}/api/styles${query}`, {
          headers: { ...headers, "accept-encoding": "identity" },
        });
        const viaRoute = await stylesRoute.GET(
          new Request(`http://localhost/api/styles${query}`, { headers }),
        );
        const what = `${query} ${Object.keys(headers).join()}`;
        expect(direct.status, what).toBe(viaRoute.status);
        const body = await direct.text();
        expect(body, what).toBe(await viaRoute.text());
        // the same headers; Vary also names Accept-Encoding where the body is worth compressing
        const expected = headersOf(viaRoute);
        if (Buffer.byteLength(body) >= 1024) expected.vary = `${expected.vary}, Accept-Encoding`;
        expect(headersOf(direct), what).toEqual(expected);
        for (const [name, value] of Object.entries(apiSecurityHeaders()))
          expect(direct.headers.get(name), name).toBe(value);
      }
    }
    const signedIn = await fetch(`${base}/api/styles`, { headers: auth });
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(signedIn.headers.get("vary")).toMatch(/Authorization/);
  });

  it("gzips for a client that accepts it and says so in Vary", async () => {
    const raw = await rawGet("/api/styles", { "accept-encoding": "gzip, deflate, br" });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers.vary).toMatch(/Accept-Encoding/);
    const plain = await (
      await fetch(`${base}/api/styles`, { headers: { "accept-encoding": "identity" } })
    ).text();
    expect(gunzipSync(raw.body).toString()).toBe(plain);
    const refused = await rawGet("/api/styles", { "accept-encoding": "gzip;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  it("reads Accept-Encoding as HTTP does", () => {
    const accepts = (value?: string) =>
      acceptsGzip({ headers: value === undefined ? {} : { "accept-encoding": value } } as IncomingMessage);
    expect(accepts("gzip")).toBe(true);
    expect(accepts("br, GZIP;q=0.001")).toBe(true);
    expect(accepts("*")).toBe(true);
    expect(accepts(undefined)).toBe(false);
    expect(accepts("identity")).toBe(false);
    expect(accepts("gzip;q=0")).toBe(false);
    expect(accepts("gzip;q=0.0, *")).toBe(false);
    expect(accepts("x-gzip")).toBe(false);
  });

  it("likes and unlikes through PUT and DELETE, and refuses what the route refuses", async () => {
    const put = await fetch(`${base}/api/likes/${imageId}`, { method: "PUT", headers: auth });
    expect(put.status).toBe(200);
    expect(put.headers.get("cache-control")).toMatch(/no-store/);
    expect(await likedIds()).toContain(imageId);
    const del = await fetch(`${base}/api/likes/${imageId}`, { method: "DELETE", headers: auth });
    expect(del.status).toBe(200);
    expect(await likedIds()).not.toContain(imageId);

    const anonymous = await fetch(`${base}/api/likes/${imageId}`, { method: "PUT" });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBeTruthy();
    expect(anonymous.headers.get("strict-transport-security")).toBeTruthy();
    const unknown = await fetch(`${base}/api/likes/img_zzzzzzzz`, { method: "PUT", headers: auth });
    expect(unknown.status).toBe(404);
    const textBody = await fetch(`${base}/api/likes/${imageId}`, {
      method: "PUT",
      headers: { ...auth, "content-type": "text/plain" },
      body: '{"at":1}',
    });
    expect(textBody.status).toBe(415);
    expect(await likedIds()).not.toContain(imageId);
  });

  it("refuses a valid body over 16 KB with 413, streamed or declared, and stores nothing", async () => {
    // valid JSON the route would accept but for its size: {"at": …} padded with spaces
    for (const size of [20_000, 40_000]) {
      const body = `{"at": ${Date.now()}${" ".repeat(size)}}`;
      const declared = await fetch(`${base}/api/likes/${imageId}`, {
        method: "PUT",
        headers: { ...auth, "content-type": "application/json" },
        body,
      });
      expect(declared.status, `${size} declared`).toBe(413);
      const streamed = await fetch(`${base}/api/likes/${imageId}`, {
        method: "PUT",
        headers: { ...auth, "content-type": "application/json" },
        body: new Blob([body]).stream(),
        duplex: "half",
      } as RequestInit);
      expect(streamed.status, `${size} streamed`).toBe(413);
    }
    expect(await likedIds()).not.toContain(imageId);
    // the same body, small, is accepted: the size is what was refused
    const small = await fetch(`${base}/api/likes/${imageId}`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json" },
      body: `{"at": ${Date.now()}   }`,
    });
    expect(small.status).toBe(200);
  });

  it("reads a body cut short as what arrived, without failing", async () => {
    const req = new PassThrough();
    const read = readBody(req as unknown as IncomingMessage);
    req.write('{"at":');
    req.emit("aborted");
    expect((await read).toString()).toBe('{"at":');
  });

  it("serves a page view from a kept copy, with a fresh nonce and the page's security headers", async () => {
    passedOn.length = 0;
    const first = await fetch(`${base}/privacy`);
    const second = await fetch(`${base}/privacy`, { headers: { "accept-encoding": "identity" } });
    // one render (asked of the server itself), then copies
    expect(passedOn.filter((p) => p.url === "/privacy")).toEqual([
      { method: "GET", url: "/privacy", render: true },
    ]);
    const nonces = [];
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      const html = await response.text();
      const nonce = response.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
      expect(nonce).toBeTruthy();
      expect(html).toContain(`<script nonce="${nonce}">`);
      expect(html).not.toContain(RENDERED_NONCE);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("permissions-policy")).toBe(PERMISSIONS_POLICY);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    const gzipped = await rawGet("/privacy", { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toContain("privacy privacy");
  });

  it("passes a page no copy can be made of to Next once, marked so that no copy is tried again", async () => {
    renderStatus = 500;
    passedOn.length = 0;
    const response = await fetch(`${base}/privacy?again=1`);
    expect(response.status).toBe(299);
    // the render asked for the copy, then the page itself, marked
    expect(passedOn.map((p) => p.render)).toEqual([true, true]);
    renderStatus = 200;
  });

  it("leaves everything else to Next, untouched", async () => {
    passedOn.length = 0;
    const cases: [string, string, Record<string, string>?][] = [
      ["POST", "/api/styles"],
      ["GET", "/api/styles/"],
      ["HEAD", "/api/styles"],
      ["GET", `/api/likes/${imageId}`],
      ["PUT", "/api/likes/sync"],
      ["PUT", `/api/likes/${imageId.replace("img_", "img%5F")}`],
      ["GET", "/api/health"],
      ["GET", "/media/x.jpg"],
      ["GET", "/account"],
      ["POST", "/"],
      ["HEAD", "/"],
    ];
    for (const [method, url, headers] of cases) {
      const response = await fetch(`${base}${url}`, { method, headers });
      expect(response.status, `${method} ${url}`).toBe(299);
    }
    expect(passedOn).toHaveLength(cases.length);
    expect(passedOn.every((p) => !p.render)).toBe(true);
  });

  it("lets Next render the page views a copy must not answer", async () => {
    passedOn.length = 0;
    const cases: [string, Record<string, string>][] = [
      ["/", { "x-mjpro-render": "1" }],
      ["/search?q=neon", { authorization: "Bearer a.b.c" }],
      ["/liked", { rsc: "1" }],
      ["/?_rsc=abc", {}],
    ];
    for (const [url, headers] of cases)
      expect((await fetch(`${base}${url}`, { headers })).status, url).toBe(299);
    expect(passedOn.map((p) => p.url)).toEqual(cases.map(([url]) => url));
  });
});

/** a GET whose body is not decompressed (fetch would) */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    get(`${base}${url}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    }).on("error", reject);
  });
}
