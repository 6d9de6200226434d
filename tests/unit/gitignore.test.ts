import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ignored = (file: string) => {
  try {
    execFileSync("git", ["check-ignore", "-q", file]);
    return true;
  } catch {
    return false;
  }
};

describe("what git keeps", () => {
  it("ignores originals imported locally, keeps the catalog", () => {
    expect(ignored("content/images/lib/0123456789abcdef01234567.png")).toBe(true);
    expect(ignored("content/catalog.json")).toBe(false);
  });
});
