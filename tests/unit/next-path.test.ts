import { describe, expect, it } from "vitest";
import { DEFAULT_NEXT, safeNextPath, signInHref } from "@/domain/auth/next-path";

describe("the page signing in returns to", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeNextPath("/liked")).toBe("/liked");
    expect(safeNextPath("/search?q=neon+city&category=anime")).toBe("/search?q=neon+city&category=anime");
    expect(safeNextPath("/search?palette=%23ff0000")).toBe("/search?palette=%23ff0000");
    expect(safeNextPath(["/pricing", "/account"])).toBe("/pricing");
  });

  it("drops the fragment", () => {
    expect(safeNextPath("/styles/a#recipe")).toBe("/styles/a");
  });

  it("refuses anything that leaves the site, and the sign-in page itself", () => {
    for (const value of [
      undefined,
      "",
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "account",
      "/signin",
      "/signin?next=/liked",
    ])
      expect(safeNextPath(value), String(value)).toBe(DEFAULT_NEXT);
  });

  it("survives the round trip through a sign-in link", () => {
    const path = "/search?q=neon+city&color=%23ff0000&tier=free";
    const href = signInHref(path);
    expect(href).toBe(`/signin?next=${encodeURIComponent(path)}`);
    const next = new URL(href, "http://localhost").searchParams.get("next") ?? undefined;
    expect(safeNextPath(next)).toBe(path);
  });

  it("on the sign-in page, links to that page as it is", () => {
    expect(signInHref("/signin?next=%2Fliked")).toBe("/signin?next=%2Fliked");
  });
});
