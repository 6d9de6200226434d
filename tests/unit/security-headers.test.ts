import { describe, expect, it } from "vitest";
import {
  cacheControlFor,
  contentSecurityPolicy,
  createNonce,
  PERMISSIONS_POLICY,
  securityHeaders,
} from "@/server/security-headers";

const production = { development: false };
const development = { development: true };

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe("createNonce", () => {
  it("is base64 of 16 random bytes, in the form Next extracts from the CSP", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(Buffer.from(nonce, "base64").toString("base64")).toBe(nonce);
  });

  it("is unique per call", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
  });
});

describe("contentSecurityPolicy", () => {
  const nonce = "c2VjdXJpdHktbm9uY2UtMQ==";

  it("has every directive with exactly its sources, in production", () => {
    const csp = contentSecurityPolicy(nonce, production);
    expect(Object.fromEntries(directives(csp))).toEqual({
      "default-src": ["'self'"],
      "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:", "https://res.cloudinary.com"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "frame-ancestors": ["'none'"],
      "form-action": ["'self'"],
      "upgrade-insecure-requests": [],
    });
  });

  it("is the exact header value", () => {
    expect(contentSecurityPolicy(nonce, production)).toBe(
      `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; ` +
        "img-src 'self' data: blob: https://res.cloudinary.com; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; upgrade-insecure-requests",
    );
  });

  it("adds 'unsafe-eval' to script-src in development only", () => {
    expect(directives(contentSecurityPolicy(nonce, development)).get("script-src")).toEqual([
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'unsafe-eval'",
    ]);
    expect(contentSecurityPolicy(nonce, production)).not.toContain("unsafe-eval");
  });

  it("never allows inline or any-host scripts", () => {
    for (const options of [production, development]) {
      const scriptSrc = directives(contentSecurityPolicy(nonce, options)).get("script-src") ?? [];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc.filter((s) => s.includes("*") || s.startsWith("http"))).toEqual([]);
    }
  });

  it("puts the given nonce in, so two requests with fresh nonces get different policies", () => {
    const a = createNonce();
    const b = createNonce();
    expect(contentSecurityPolicy(a, production)).toContain(`'nonce-${a}'`);
    expect(contentSecurityPolicy(a, production)).not.toBe(contentSecurityPolicy(b, production));
  });
});

describe("securityHeaders", () => {
  it("sends the fixed headers with their exact values", () => {
    const headers = securityHeaders("bm9uY2U=", production);
    expect(headers).toMatchObject({
      "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "cross-origin-opener-policy": "same-origin",
      "x-frame-options": "DENY",
    });
    expect(headers["content-security-policy"]).toBe(contentSecurityPolicy("bm9uY2U=", production));
    expect(headers["permissions-policy"]).toBe(PERMISSIONS_POLICY);
  });

  it("closes the listed powerful features to every origin and leaves the clipboard open", () => {
    const entries = PERMISSIONS_POLICY.split(", ");
    for (const entry of entries) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
    const features = entries.map((entry) => entry.replace("=()", ""));
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
      expect(features).toContain(feature);
    }
    expect(features.filter((f) => f.startsWith("clipboard"))).toEqual([]);
  });
});

describe("cacheControlFor", () => {
  it("forces no-store when the request carries an Authorization header", () => {
    const value = cacheControlFor(new Headers({ Authorization: "Bearer x" }));
    expect(value?.split(/,\s*/)).toContain("no-store");
  });

  it("leaves anonymous requests to the route", () => {
    expect(cacheControlFor(new Headers())).toBeUndefined();
  });

  it("answers private, no-store for any authenticated request", () => {
    expect(cacheControlFor(new Headers({ authorization: "Bearer x" }))).toBe("private, no-store");
  });
});

describe("API responses (route wrapper)", () => {
  it("carry every security header with the API's closed CSP, and authenticated ones are never stored", async () => {
    const { route, methodNotAllowed } = await import("@/server/http");
    const { apiSecurityHeaders, API_CONTENT_SECURITY_POLICY } = await import("@/server/security-headers");
    const cacheable = route(() =>
      Response.json({ ok: true }, { headers: { "Cache-Control": "public, max-age=60" } }),
    );

    const anonymous = await cacheable(new Request("http://x/api/thing"));
    for (const [name, value] of Object.entries(apiSecurityHeaders()))
      expect(anonymous.headers.get(name)).toBe(value);
    expect(anonymous.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
    expect(anonymous.headers.get("cache-control")).toBe("public, max-age=60");

    const signedIn = await cacheable(
      new Request("http://x/api/thing", { headers: { authorization: "Bearer x" } }),
    );
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");

    const failing = route(() => {
      throw new Error("boom");
    });
    expect((await failing(new Request("http://x/api/thing"))).headers.get("x-frame-options")).toBe("DENY");
    const refused = await methodNotAllowed(["GET"])(new Request("http://x/api/thing", { method: "POST" }));
    expect(refused.status).toBe(405);
    expect(refused.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
  });
});

describe("next.config.mjs", () => {
  it("puts the API's own security headers on every /api answer Next makes itself", async () => {
    const { apiSecurityHeaders } = await import("@/server/security-headers");
    const config = (await import("../../next.config.mjs")).default;
    const rules = await config.headers?.();
    const api = rules?.find((rule) => rule.source === "/api/:path*");
    expect(Object.fromEntries((api?.headers ?? []).map(({ key, value }) => [key, value]))).toEqual({
      ...apiSecurityHeaders(),
    });
  });
});
