import { describe, expect, it } from "vitest";
import {
  createPageCache,
  isCacheablePageView,
  PAGE_TTL_MS,
  pageViewOf,
  RENDER_HEADER,
  renderTarget,
} from "@/server/page-cache";

const RENDERED_NONCE = "cmVuZGVyZWQtbm9uY2U=";

function page(nonce = RENDERED_NONCE, init: { status?: number; type?: string } = {}): Response {
  return new Response(
    `<html><script nonce="${nonce}">1</script><script nonce="${nonce}" src="/a.js"></script></html>`,
    {
      status: init.status ?? 200,
      headers: {
        "content-type": init.type ?? "text/html; charset=utf-8",
        "content-security-policy": `script-src 'nonce-${nonce}' 'strict-dynamic'`,
        link: `</font.woff2>; rel=preload; as="font"; nonce="${nonce}"`,
        "content-length": "999",
      },
    },
  );
}

function counted(make: () => Response | Promise<Response>) {
  const calls: string[] = [];
  return {
    calls,
    render: async (url: URL) => {
      calls.push(url.pathname + url.search);
      return make();
    },
  };
}

describe("page cache", () => {
  it("renders a page once and serves every later view with that view's own nonce, in the HTML and the headers", async () => {
    const renderer = counted(() => page());
    const cache = createPageCache({ render: renderer.render });
    const url = new URL("http://localhost/styles/x?y=1");
    for (const nonce of ["Zmlyc3Q=", "c2Vjb25k", "dGhpcmQ="]) {
      const served = await cache.serve(url, nonce);
      expect(Buffer.concat(served?.body ?? []).toString()).toBe(
        `<html><script nonce="${nonce}">1</script><script nonce="${nonce}" src="/a.js"></script></html>`,
      );
      expect(Buffer.concat(served?.body ?? []).toString()).not.toContain(RENDERED_NONCE);
      const headers = new Map(served?.headers);
      expect(headers.get("link")).toContain(`nonce="${nonce}"`);
      // per-response headers are the proxy's to set
      expect(headers.has("content-security-policy")).toBe(false);
      expect(headers.has("content-length")).toBe(false);
    }
    expect(renderer.calls).toEqual(["/styles/x?y=1"]);
  });

  it("renders once for views arriving together, and again once a copy is a minute old", async () => {
    let now = 1_000;
    const renderer = counted(() => page());
    const cache = createPageCache({ render: renderer.render, now: () => now });
    const url = new URL("http://localhost/");
    await Promise.all(Array.from({ length: 5 }, () => cache.serve(url, "bm9uY2U=")));
    expect(renderer.calls).toHaveLength(1);
    now += PAGE_TTL_MS - 1;
    await cache.serve(url, "bm9uY2U=");
    expect(renderer.calls).toHaveLength(1);
    now += 2;
    await cache.serve(url, "bm9uY2U=");
    expect(renderer.calls).toHaveLength(2);
  });

  it("answers a not-found page from its one render, and keeps it for no one", async () => {
    const renderer = counted(() => page(RENDERED_NONCE, { status: 404 }));
    const cache = createPageCache({ render: renderer.render });
    const url = new URL("http://localhost/styles/no-such-style");
    for (const nonce of ["Zmlyc3Q=", "c2Vjb25k"]) {
      const served = await cache.serve(url, nonce);
      expect(served?.status).toBe(404);
      expect(Buffer.concat(served?.body ?? []).toString()).toContain(`nonce="${nonce}"`);
    }
    expect(renderer.calls).toHaveLength(2);
  });

  it("keeps nothing but a 200 HTML page with a nonce, and answers undefined so the page renders as usual", async () => {
    for (const make of [
      () => page(RENDERED_NONCE, { status: 500 }),
      () => new Response(null, { status: 308, headers: { location: "/" } }),
      () => page(RENDERED_NONCE, { type: "application/json" }),
      () => new Response("<html></html>", { headers: { "content-type": "text/html" } }),
    ]) {
      const renderer = counted(make);
      const cache = createPageCache({ render: renderer.render });
      expect(await cache.serve(new URL("http://localhost/"), "bm9uY2U=")).toBeUndefined();
      expect(await cache.serve(new URL("http://localhost/"), "bm9uY2U=")).toBeUndefined();
      expect(renderer.calls).toHaveLength(2);
    }
  });

  it("stops trying for a minute when the server cannot reach itself, then tries again", async () => {
    for (const make of [
      () => new Response("protected", { status: 401 }),
      () => {
        throw new TypeError("fetch failed");
      },
    ]) {
      let now = 0;
      const renderer = counted(make);
      const cache = createPageCache({ render: renderer.render, now: () => now });
      for (const path of ["/", "/search", "/styles/a"])
        expect(await cache.serve(new URL(`http://localhost${path}`), "bm9uY2U=")).toBeUndefined();
      expect(renderer.calls).toEqual(["/"]);
      now += PAGE_TTL_MS;
      await cache.serve(new URL("http://localhost/search"), "bm9uY2U=");
      expect(renderer.calls).toEqual(["/", "/search"]);
    }
  });
});

describe("which requests a copy may answer", () => {
  const request = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init);

  it("answers plain page views", () => {
    for (const path of ["/", "/styles/neon-noir", "/search?q=neon&color=red", "/category/anime", "/liked"])
      expect(isCacheablePageView(pageViewOf(request(path))), path).toBe(true);
  });

  it("leaves everything else to render as usual", () => {
    const cases: [string, RequestInit][] = [
      ["/", { method: "POST" }],
      ["/", { method: "HEAD" }],
      ["/", { headers: { authorization: "Bearer x" } }],
      ["/", { headers: { [RENDER_HEADER]: "1" } }],
      ["/", { headers: { rsc: "1" } }],
      ["/", { headers: { "next-router-prefetch": "1" } }],
      ["/?_rsc=abc", {}],
      ["/api/styles", {}],
      ["/_next/static/chunks/a.js", {}],
      ["/media/demo/a.jpg", {}],
      ["/icon.svg", {}],
      ["/account", {}],
      ["/signin", {}],
      ["/billing/success?session_id=cs_1", {}],
      ["/billing/local-checkout/abc", {}],
    ];
    for (const [path, init] of cases)
      expect(isCacheablePageView(pageViewOf(request(path, init))), `${path} ${JSON.stringify(init)}`).toBe(
        false,
      );
  });
});

describe("where a copy is rendered", () => {
  it("is this server, whatever Host the request named", () => {
    const forged = new URL("http://evil.example/styles/x?q=1");
    expect(renderTarget(forged, { PORT: "3100" }).href).toBe("http://127.0.0.1:3100/styles/x?q=1");
    expect(renderTarget(forged, {}).href).toBe("http://127.0.0.1:3000/styles/x?q=1");
    // a server listening on one address only (server.mjs -H) is asked there
    expect(renderTarget(forged, { PORT: "3100", MJPRO_LISTEN_HOST: "10.0.0.5" }).href).toBe(
      "http://10.0.0.5:3100/styles/x?q=1",
    );
    expect(renderTarget(forged, { PORT: "3100", MJPRO_LISTEN_HOST: "::1" }).origin).toBe("http://[::1]:3100");
    // on Vercel, this deployment's own address (a preview must not copy production's pages)
    expect(renderTarget(forged, { VERCEL: "1", VERCEL_URL: "mjpro-git-branch.vercel.app" }).href).toBe(
      "https://mjpro-git-branch.vercel.app/styles/x?q=1",
    );
    const slashes = new URL("http://localhost//evil.example/x");
    expect(renderTarget(slashes, { PORT: "3100" }).origin).toBe("http://127.0.0.1:3100");
  });
});
