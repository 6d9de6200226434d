import { type APIRequestContext, type APIResponse, expect, type Page, test } from "@playwright/test";

const NONCE = /'nonce-([A-Za-z0-9+/]+={0,2})'/;

interface ListedStyle {
  slug: string;
  images: { src: string }[];
}

async function firstStyle(request: APIRequestContext): Promise<ListedStyle> {
  const list = await (await request.get("/api/styles?limit=1")).json();
  const style = list.items[0] as ListedStyle;
  expect(style.images.length).toBeGreaterThan(0);
  return style;
}

/**
 * Next's image optimizer replaces the CSP with its own, stricter one for the image
 * it serves (images.contentSecurityPolicy, default below); the other headers stay.
 */
const IMAGE_OPTIMIZER_CSP = "script-src 'none'; frame-src 'none'; sandbox;";

/** API responses (JSON, originals) may load and run nothing: no nonce needed. */
const API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The CSP's nonce, after checking every header DESIGN.md asks for. */
function expectSecurityHeaders(
  response: APIResponse,
  what: string,
  csp: "nonce" | "image" | "api" = "nonce",
): string {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  const nonce = policy.match(NONCE)?.[1] ?? "";
  if (csp === "image") {
    expect(policy, what).toBe(IMAGE_OPTIMIZER_CSP);
  } else if (csp === "api") {
    expect(policy, what).toBe(API_CSP);
  } else {
    expect(nonce, `${what}: CSP with a nonce`).not.toBe("");
    expect(policy, what).toBe(
      `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; ` +
        "img-src 'self' data: blob: https://res.cloudinary.com; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; upgrade-insecure-requests",
    );
  }
  expect(headers["strict-transport-security"], what).toBe("max-age=63072000; includeSubDomains; preload");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
    expect(permissions, what).toContain(`${feature}=()`);
  }
  return nonce;
}

test("every kind of response carries the security headers", async ({ request }) => {
  const style = await firstStyle(request);
  const imageSrc = style.images[0]?.src ?? "";
  const mediaPath = new URL(imageSrc, "http://x").searchParams.get("url") ?? "";
  expect(mediaPath).toMatch(/^\/media\//);

  const home = await request.get("/");
  const script = (await home.text()).match(/<script[^>]+src="(\/_next\/static\/[^"]+)"/)?.[1] ?? "";
  expect(script).not.toBe("");

  const cases: [string, number][] = [
    ["/", 200],
    [`/styles/${style.slug}`, 200],
    ["/api/styles", 200],
    ["/api/health", 200],
    ["/api/no-such-endpoint", 404],
    ["/no-such-page", 404],
    [mediaPath, 200],
    [script, 200],
    ["/icon.svg", 200],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path, path.startsWith("/api/") ? "api" : "nonce");
  }
  const refused = await request.post("/api/styles");
  expect(refused.status()).toBe(405);
  expectSecurityHeaders(refused, "POST /api/styles", "api");
  const optimized = await request.get(imageSrc);
  expect(optimized.status(), imageSrc).toBe(200);
  expectSecurityHeaders(optimized, imageSrc, "image");
});

test("authenticated responses are never stored", async ({ request }) => {
  const authorization = { Authorization: "Bearer not-a-real-token" };
  for (const path of ["/", "/api/styles", "/api/health", "/no-such-page"]) {
    const response = await request.get(path, { headers: authorization });
    const directives = (response.headers()["cache-control"] ?? "").split(/,\s*/);
    expect(directives, path).toContain("no-store");
  }
  // anonymous catalog reads stay cacheable
  expect((await request.get("/api/styles")).headers()["cache-control"]).toMatch(/^public, .*s-maxage=/);
});

test("every script in the page carries the response's nonce, fresh per request", async ({ request }) => {
  const first = await request.get("/");
  const nonce = expectSecurityHeaders(first, "/");
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(` nonce="${nonce}"`);

  const second = expectSecurityHeaders(await request.get("/"), "/ again");
  expect(second).not.toBe(nonce);
  expect((await (await request.get("/")).text()).includes(nonce)).toBe(false);
});

/**
 * Collects CSP violations (the DOM event) and console messages about the CSP, or
 * about the Permissions-Policy (Chromium warns about features it does not know).
 */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (/content security policy|permissions-policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile})`);
    });
  });
  return async () => [
    ...consoleErrors,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ];
}

test("the browser reports no CSP violation on home, a style page and the lightbox", async ({
  page,
  request,
}) => {
  const style = await firstStyle(request);
  const violations = await watchCsp(page);

  await page.goto("/", { waitUntil: "load" });
  await page.mouse.wheel(0, 1500);
  await expect(page.locator("main img").first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto(`/styles/${style.slug}`, { waitUntil: "load" });
  await page
    .getByRole("region", { name: /Images made with/ })
    .getByRole("button")
    .first()
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("img")).toHaveJSProperty("complete", true);
  // React hydrated and ran: the lightbox is client code, so scripts executed under the CSP
  expect(await violations()).toEqual([]);
});
