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
