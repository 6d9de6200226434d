import { describe, expect, it } from "vitest";
import { allRecipesText, type LikedRow, toCsv, toJson, toText } from "@/client/likes-export";

const rows: LikedRow[] = [
  {
    imageId: "img_a1",
    likedAt: Date.UTC(2026, 0, 2),
    styleId: "sty_one",
    styleSlug: "one",
    styleTitle: 'One, "quoted"',
    imageAlt: "a",
    recipe: "--sref 1 --v 7",
  },
  {
    imageId: "img_a2",
    likedAt: Date.UTC(2026, 0, 1),
    styleId: "sty_one",
    styleSlug: "one",
    styleTitle: 'One, "quoted"',
    imageAlt: "b",
    recipe: "--sref 1 --v 7",
  },
  {
    imageId: "img_b1",
    likedAt: Date.UTC(2025, 11, 31),
    styleId: "sty_two",
    styleSlug: "two",
    styleTitle: "Two",
    imageAlt: "c",
    recipe: null,
  },
];

describe("liked export", () => {
  it("copies each visible recipe once with its style's title, one per line, never a locked one", () => {
    expect(allRecipesText(rows)).toBe('One, "quoted": --sref 1 --v 7');
  });

  it("writes JSON with ISO times", () => {
    const parsed = JSON.parse(toJson(rows, new Date(Date.UTC(2026, 1, 1))));
    expect(parsed.exportedAt).toBe("2026-02-01T00:00:00.000Z");
    expect(parsed.likes).toHaveLength(3);
    expect(parsed.likes[0]).toMatchObject({
      imageId: "img_a1",
      likedAt: "2026-01-02T00:00:00.000Z",
      recipe: "--sref 1 --v 7",
    });
    expect(parsed.likes[2].recipe).toBeNull();
  });

  it("writes CSV with quoted fields where needed", () => {
    const lines = toCsv(rows).trimEnd().split("\r\n");
    expect(lines[0]).toBe("imageId,likedAt,styleId,styleTitle,imageAlt,recipe");
    expect(lines[1]).toBe('img_a1,2026-01-02T00:00:00.000Z,sty_one,"One, ""quoted""",a,--sref 1 --v 7');
    expect(lines[3]).toBe("img_b1,2025-12-31T00:00:00.000Z,sty_two,Two,c,");
  });

  it("writes plain text that says which recipes are locked", () => {
    expect(toText(rows)).toContain("Pro recipe: unlock with Pro");
    expect(
      toText(rows)
        .split("\n")
        .filter((l) => l.includes("--sref 1 --v 7")),
    ).toHaveLength(2);
  });
});
