/**
 * Security headers sent on every response (DESIGN.md, "Security rules"). Pure
 * builders: src/proxy.ts makes the nonce, calls these, and copies the result onto
 * the request (so Next can read the nonce) and onto the response.
 *
 * No "server-only" import: the proxy bundle must be able to load this module.
 */

import { PRIVATE_CACHE_CONTROL } from "./cache-policy";
import staticHeaders from "./security-headers.json";

/** 16 random bytes (128 bits), base64: matches Next's nonce pattern `[A-Za-z0-9+/_-]+={0,2}`. */
const NONCE_BYTES = 16;

/** A fresh, unpredictable CSP nonce. The only impure function here; call it once per request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface CspOptions {
  /** `NODE_ENV === "development"`: React's dev tooling needs `eval`. Never true in production. */
  development: boolean;
}

/**
 * The Content-Security-Policy for one response. Next finds the nonce in the
 * `'nonce-…'` source of script-src (on the request headers) and stamps it on every
 * script it renders; 'strict-dynamic' then trusts the chunks those scripts load,
 * so no host allow-list is needed for scripts.
 */
export function contentSecurityPolicy(nonce: string, { development }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' for styles is deliberate: every image carries an inline
    // style attribute (placeholder colour and blurred background), and Next injects
    // <style> tags; style attributes cannot carry a nonce. Scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://res.cloudinary.com",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "upgrade-insecure-requests",
  ];
  return directives.join("; ");
}

/** Allows none of the powerful features the site never uses (the list: security-headers.json). */
export const PERMISSIONS_POLICY = staticHeaders.permissionsPolicyFeatures
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Two years, as HSTS preload lists require. */
export const STRICT_TRANSPORT_SECURITY = staticHeaders.common["strict-transport-security"];

export interface SecurityHeaders {
  "content-security-policy": string;
  "strict-transport-security": string;
  "x-content-type-options": string;
  "referrer-policy": string;
  "permissions-policy": string;
  "cross-origin-opener-policy": string;
  "x-frame-options": string;
}

/**
 * The CSP of an API response (JSON, or an original's bytes): nothing may load or run
 * at all. Stricter than a page's policy, and without a nonce, so API routes need no
 * per-request proxy work (see src/proxy.ts).
 */
export const API_CONTENT_SECURITY_POLICY = staticHeaders.apiContentSecurityPolicy;

/** Every security header for one response, given its CSP. Names are lower-case. */
function headersWithPolicy(policy: string): SecurityHeaders {
  return {
    "content-security-policy": policy,
    ...staticHeaders.common,
    "permissions-policy": PERMISSIONS_POLICY,
  };
}

/** Every security header for a page or file response, given its nonce. */
export function securityHeaders(nonce: string, options: CspOptions): SecurityHeaders {
  return headersWithPolicy(contentSecurityPolicy(nonce, options));
}

/** Every security header for an API response. */
export function apiSecurityHeaders(): SecurityHeaders {
  return headersWithPolicy(API_CONTENT_SECURITY_POLICY);
}

/** A request is authenticated, for caching purposes, when it carries any Authorization header. */
export function isAuthenticated(requestHeaders: Headers): boolean {
  return requestHeaders.has("authorization");
}

/**
 * The Cache-Control to force on a response, or undefined to leave the route's own:
 * whatever the route said, an authenticated response is never stored.
 */
export function cacheControlFor(requestHeaders: Headers): string | undefined {
  return isAuthenticated(requestHeaders) ? PRIVATE_CACHE_CONTROL : undefined;
}
