import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { newMember } from "./support/members";
import { serverRssMb } from "./support/server";

test("anonymous reads that are the same for everyone say a CDN may keep them, byte for byte", async ({
  request,
}) => {
  const style = (await (await request.get("/api/styles?limit=1")).json()).items[0];
  const media = style.images[0].src.startsWith("/_next/image")
    ? decodeURIComponent(new URL(style.images[0].src, baseURL).searchParams.get("url") ?? "")
    : style.images[0].src;
  for (const path of ["/api/styles", `/api/styles/${style.id}`, media, "/sitemap.xml", "/robots.txt"]) {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.status(), path).toBe(200);
    const headers = first.headers();
    expect(headers["cache-control"], path).toMatch(
      /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/,
    );
    expect(headers["vercel-cdn-cache-control"], path).toMatch(/^max-age=\d+$/);
    expect(Buffer.compare(await first.body(), await second.body()), `${path} is the same for everyone`).toBe(
      0,
    );
  }
});

test("anything asked with a token is private and never stored, whatever the token", async ({ request }) => {
  const token = await newMember(request, { pro: true });
  const style = (await (await request.get("/api/styles?limit=1")).json()).items[0];
  for (const authorization of [`Bearer ${token}`, "Bearer not-a-real-token"]) {
    for (const path of [
      "/api/styles",
      `/api/styles/${style.id}`,
      `/api/recipes?ids=${style.id}`,
      "/api/me",
    ]) {
      const response = await request.get(path, { headers: { authorization } });
      expect(response.headers()["cache-control"], `${path} with ${authorization.slice(0, 12)}`).toBe(
        "private, no-store",
      );
      expect(response.headers()["vercel-cdn-cache-control"], path).toBeUndefined();
    }
  }
});

test("through Next: API answers are gzipped on request, and oversized or non-JSON bodies are refused", async ({
  request,
}) => {
  const zipped = await request.get("/api/styles", { headers: { "accept-encoding": "gzip" } });
  expect(zipped.headers()["content-encoding"]).toBe("gzip");
  expect(zipped.headers().vary).toMatch(/Accept-Encoding/i);
  const plain = await fetch(`${baseURL}/api/styles`, { headers: { "accept-encoding": "gzip" } });
  const raw = Buffer.from(
    await (
      await fetch(`${baseURL}/api/styles`, { headers: { "accept-encoding": "identity" } })
    ).arrayBuffer(),
  );
  expect(JSON.parse((await plain.text()) || "{}").items.length).toBe(JSON.parse(raw.toString()).items.length);
  expect(() => gunzipSync(raw)).toThrow();

  const headers = { "x-forwarded-for": "10.66.0.1" };
  const notJson = await request.post("/api/auth/code", {
    headers: { ...headers, "content-type": "text/plain" },
    data: "hello",
  });
  expect(notJson.status()).toBe(415);
  expect((await notJson.json()).error.code).toBeTruthy();
  const huge = await request.post("/api/auth/code", {
    headers: { ...headers, "content-type": "application/json" },
    data: JSON.stringify({ email: `${"a".repeat(20_000)}@example.com` }),
  });
  expect(huge.status()).toBe(413);
  expect(huge.headers()["content-security-policy"]).toBe(
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
});

test("made-up query strings on a page cost no memory: 400 of them leave the server's memory flat", async ({
  request,
}) => {
  test.setTimeout(120_000);
  // the same page over and over first: what the heap grows to with no made-up parameter at all
  for (let i = 0; i < 400; i++) await request.get("/");
  const before = serverRssMb(baseURL);
  for (let i = 0; i < 400; i++)
    expect((await request.get(`/?utm_source=x${i}&ref=${i * 7919}`)).status()).toBe(200);
  const after = serverRssMb(baseURL);
  expect(after - before, `RSS ${before.toFixed(1)} -> ${after.toFixed(1)} MB`).toBeLessThan(20);
});
