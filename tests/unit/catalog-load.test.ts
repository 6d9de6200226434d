import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { validateCatalogFile } from "@/server/catalog";

const text = readFileSync("content/catalog.json", "utf8");

describe("loading the catalog style by style", () => {
  it("gives what the whole-file schema gives, and lets go of the raw styles", () => {
    const raw = JSON.parse(text) as { styles: unknown[] };
    const loaded = validateCatalogFile(raw, "catalog.json");
    expect(loaded).toEqual(catalogFileSchema.parse(JSON.parse(text)));
    expect(raw.styles.every((s) => s === undefined)).toBe(true);
  });

  it("names the first problem's path, inside a style or in the envelope", () => {
    const raw = JSON.parse(text);
    raw.styles[3].images[1].width = -5;
    expect(() => validateCatalogFile(raw, "c.json")).toThrow(
      /^catalog c\.json is invalid at styles\.3\.images\.1\.width: /,
    );
    expect(() => validateCatalogFile({ styles: [] }, "c.json")).toThrow(/invalid at version:/);
    expect(() => validateCatalogFile({ version: "1", styles: [], extra: 1 }, "c.json")).toThrow(
      /invalid at : .*extra/,
    );
    expect(() => validateCatalogFile([], "c.json")).toThrow(/invalid at : /);
  });
});

describe("loading the catalog from its text, one style's slice at a time", () => {
  it("gives the same catalog for any layout of the file", async () => {
    const { parseCatalogText } = await import("@/server/catalog");
    const expected = catalogFileSchema.parse(JSON.parse(text));
    expect(parseCatalogText(text, "c.json")).toEqual(expected);
    expect(parseCatalogText(JSON.stringify(expected, null, 2), "c.json")).toEqual(expected);
    // key order and spacing do not matter
    const reordered = `{ "styles" : ${JSON.stringify(expected.styles)} , "version":${JSON.stringify(expected.version)} }`;
    expect(parseCatalogText(reordered, "c.json")).toEqual(expected);
  });

  it("names a bad style's path, and leaves other shapes to the whole-file parse and its messages", async () => {
    const { parseCatalogText } = await import("@/server/catalog");
    const raw = JSON.parse(text);
    raw.styles[2].tier = "gold";
    expect(() => parseCatalogText(JSON.stringify(raw), "c.json")).toThrow(
      /^catalog c\.json is invalid at styles\.2\.tier: /,
    );
    expect(() => parseCatalogText('{"version":"","styles":[]}', "c.json")).toThrow(/invalid at version:/);
    expect(() => parseCatalogText('{"version":"1","styles":[],"x":1}', "c.json")).toThrow(/invalid at : .*x/);
    expect(() => parseCatalogText('{"version":"1","styles":[}', "c.json")).toThrow(SyntaxError);
  });
});
