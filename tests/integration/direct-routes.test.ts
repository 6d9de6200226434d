import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, get, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { signInThroughApi } from "../support/api-session";

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-direct-"));
process.env.DATA_DIR = dataDir;

const codeRoute = await import("@/app/api/auth/code/route");
const verifyRoute = await import("@/app/api/auth/verify/route");
const likesRoute = await import("@/app/api/likes/route");
const stylesRoute = await import("@/app/api/styles/route");
const { dispatchDirect } = await import("@/server/direct/routes");
const { apiSecurityHeaders } = await import("@/server/security-headers");

const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const imageId = catalog.styles[0]?.images[0]?.id as string;

/** what Next would have been asked to answer */
const passedOn: string[] = [];
const toNext = (req: IncomingMessage, res: ServerResponse) => {
  passedOn.push(`${req.method} ${req.url}`);
  res.writeHead(299).end();
};
const server = createServer((req, res) => {
  if (!dispatchDirect(req, res, toNext)) toNext(req, res);
});
let base = "";
let auth: Record<string, string> = {};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

describe("direct routes (server.mjs)", () => {
  it("answers GET /api/styles exactly as the route does, with the API's headers", async () => {
    for (const query of ["", "?q=neon&limit=5", "?category=nope"]) {
      const direct = await fetch(`${base}/api/styles${query}`, {
        headers: { "accept-encoding": "identity" },
      });
      const viaRoute = await stylesRoute.GET(new Request(`http://localhost/api/styles${query}`));
      expect(direct.status, query).toBe(viaRoute.status);
      expect(await direct.text(), query).toBe(await viaRoute.text());
      for (const [name, value] of Object.entries(apiSecurityHeaders()))
        expect(direct.headers.get(name), name).toBe(value);
    }
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

  it("refuses a body over 16 KB with 413, streamed or declared, and stores nothing", async () => {
    const big = JSON.stringify({ at: 1, pad: "x".repeat(40_000) });
    const declared = await fetch(`${base}/api/likes/${imageId}`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json" },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await fetch(`${base}/api/likes/${imageId}`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json" },
      body: new Blob([big]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await likedIds()).not.toContain(imageId);
  });

  it("leaves everything else to Next, untouched", async () => {
    passedOn.length = 0;
    const cases: [string, string, Record<string, string>?][] = [
      ["POST", "/api/styles"],
      ["GET", "/api/styles/"],
      ["GET", `/api/likes/${imageId}`],
      ["PUT", "/api/likes/sync"],
      ["PUT", `/api/likes/${imageId.replace("img_", "img%5F")}`],
      ["GET", "/api/health"],
      ["GET", "/media/x.jpg"],
      ["GET", "/account"],
      ["POST", "/"],
      // page views a copy must not answer
      ["GET", "/", { "x-mjpro-render": "1" }],
      ["GET", "/search?q=neon", { authorization: "Bearer a.b.c" }],
      ["GET", "/liked", { rsc: "1" }],
      ["GET", "/?_rsc=abc"],
    ];
    for (const [method, url, headers] of cases) {
      const response = await fetch(`${base}${url}`, { method, headers });
      expect(response.status, `${method} ${url}`).toBe(299);
    }
    expect(passedOn).toHaveLength(cases.length);
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
