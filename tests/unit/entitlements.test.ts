import { describe, expect, it } from "vitest";
import { ANONYMOUS, canDownloadOriginal, canSeeRecipe, type Viewer } from "@/domain/entitlements";

const freeMember: Viewer = { kind: "member", userId: "u1", plan: "free" };
const proMember: Viewer = { kind: "member", userId: "u2", plan: "pro" };

describe("entitlements", () => {
  it("shows free recipes to everyone", () => {
    for (const viewer of [ANONYMOUS, freeMember, proMember])
      expect(canSeeRecipe(viewer, { tier: "free" })).toBe(true);
  });

  it("shows Pro recipes only to Pro members", () => {
    expect(canSeeRecipe(ANONYMOUS, { tier: "pro" })).toBe(false);
    expect(canSeeRecipe(freeMember, { tier: "pro" })).toBe(false);
    expect(canSeeRecipe(proMember, { tier: "pro" })).toBe(true);
  });

  it("allows full-resolution downloads only to Pro members", () => {
    expect(canDownloadOriginal(ANONYMOUS)).toBe(false);
    expect(canDownloadOriginal(freeMember)).toBe(false);
    expect(canDownloadOriginal(proMember)).toBe(true);
  });
});
