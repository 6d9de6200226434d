import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localImageStore } from "@/adapters/images/local-store";
import type { CatalogFile } from "@/domain/catalog/schema";
import { ImportRejectedError } from "@/services/catalog/import-problems";
import { importStyles } from "@/services/catalog/import-styles";
import { FIXTURE_YAML, makeImportFolder, testPicture } from "../support/import-folder";
import { runOperatorScript } from "../support/operator-script";

const empty: CatalogFile = { version: "empty", styles: [] };
const NOW = Date.UTC(2026, 11, 2, 12);
const newStore = () => localImageStore(mkdtempSync(path.join(tmpdir(), "mjpro-images-")));

/** A style as a real collection has it: one image in a sub-folder, odd file names, a number for a code. */
const REAL_YAML = `styles:
  - title: Stained Glass Saints
    category: illustration
    tags: [stained glass, Gothic]
    model: v7
    tier: pro
    publishedAt: 2026-11-20
    cover: saints/Image 2 (copy).png
    recipe:
      kind: sref
      codes: [82]
    images:
      - file: saints/Image 1.png
        alt: A saint in a lead-lined window
        prompt: a saint holding a lantern --style raw --ar 2:3
      - file: saints/Image 2 (copy).png
        alt: Two saints under an arch
        prompt:
`;

async function realFolder(yaml = REAL_YAML): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "mjpro-import-real-"));
  mkdirSync(path.join(dir, "saints"));
  writeFileSync(path.join(dir, "styles.yaml"), yaml);
  writeFileSync(path.join(dir, "saints", "Image 1.png"), await testPicture([180, 40, 60], [20, 20, 30]));
  writeFileSync(
    path.join(dir, "saints", "Image 2 (copy).png"),
    await testPicture([40, 60, 180], [240, 220, 200]),
  );
  return dir;
}

describe("importing a real collection", () => {
  it("takes sub-folders, file names with spaces and parentheses, numeric codes, dates, prompts and a cover", async () => {
    const result = await importStyles(
      { images: newStore(), now: NOW },
      { dir: await realFolder(), current: empty },
    );
    const [style] = result.catalog.styles;
    expect(style).toMatchObject({
      slug: "stained-glass-saints",
      tags: ["stained-glass", "gothic"],
      publishedAt: "2026-11-20T00:00:00Z",
      recipe: { kind: "sref", codes: ["82"], params: {} },
    });
    // the cover comes first; each image keeps its prompt ("" made from the code alone)
    expect(style?.images.map((i) => [i.alt, i.prompt])).toEqual([
      ["Two saints under an arch", ""],
      ["A saint in a lead-lined window", "a saint holding a lantern --style raw --ar 2:3"],
    ]);
  });

  it("refuses a Pro style's code in a shown prompt", async () => {
    const yaml = REAL_YAML.replace(
      "prompt: a saint holding a lantern --style raw",
      "prompt: a saint --sref 82",
    );
    const error = await importStyles(
      { images: newStore(), now: NOW },
      { dir: await realFolder(yaml), current: empty },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "row 1 (Stained Glass Saints), field images.0.prompt: it holds this Pro style's code (--sref 82)",
    );
  });

  it("takes a collection that names no model, and refuses images not at the recipe's --ar", async () => {
    const unstated = REAL_YAML.replace("    model: v7\n", "");
    const imported = await importStyles(
      { images: newStore(), now: NOW },
      { dir: await realFolder(unstated), current: empty },
    );
    expect(imported.catalog.styles[0]?.model).toBeUndefined();
    const portrait = REAL_YAML.replace("      codes: [82]", '      codes: [82]\n      params: { ar: "2:3" }');
    const error = await importStyles(
      { images: newStore(), now: NOW },
      { dir: await realFolder(portrait), current: empty },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "row 1 (Stained Glass Saints), field images.0.file: saints/Image 1.png: it is 96×64, not the recipe's --ar 2:3",
    );
  });

  it("answers a typo in under a second, before reading any of many images", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mjpro-import-many-"));
    const picture = await testPicture([200, 60, 40], [20, 30, 40], 2048, 1365);
    writeFileSync(path.join(dir, "source.png"), picture);
    const rows: string[] = [];
    for (let s = 0; s < 30; s++) {
      const images: string[] = [];
      for (let i = 0; i < 8; i++) {
        const file = `style-${s}/image ${i}.png`;
        mkdirSync(path.join(dir, `style-${s}`), { recursive: true });
        copyFileSync(path.join(dir, "source.png"), path.join(dir, file));
        images.push(`      - file: ${file}\n        alt: Picture ${i} of style ${s}`);
      }
      rows.push(`  - title: Style number ${s}
    category: ${s === 29 ? "cinematc" : "cinematic"}
    model: v7
    tier: free
    recipe: { kind: sref, codes: [${1000 + s}] }
    images:
${images.join("\n")}`);
    }
    writeFileSync(path.join(dir, "styles.yaml"), `styles:\n${rows.join("\n")}\n`);
    let analysed = 0;
    const started = performance.now();
    const error = await importStyles(
      { images: newStore(), now: NOW, onProgress: () => analysed++ },
      { dir, current: empty },
    ).catch((e: unknown) => e);
    const seconds = (performance.now() - started) / 1000;
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as Error).message).toContain("row 30 (Style number 29), field category: must be one of");
    expect(analysed).toBe(0);
    expect(seconds).toBeLessThan(1);
  });
});

describe("identity on re-import", () => {
  it("keeps the id of a style whose slug and title change but whose code stays", async () => {
    const dir = await makeImportFolder();
    const store = newStore();
    const first = await importStyles({ images: store, now: NOW }, { dir, current: empty });
    writeFileSync(
      path.join(dir, "styles.yaml"),
      FIXTURE_YAML.replace("title: Red Harbour Dusk", "title: Crimson Port\n    slug: crimson-port"),
    );
    const second = await importStyles({ images: store, now: NOW + 1000 }, { dir, current: first.catalog });
    const before = first.catalog.styles[0];
    expect(second.updated).toEqual(["crimson-port"]);
    expect(second.renamed).toEqual([{ from: "red-harbour-dusk", to: "crimson-port" }]);
    expect(second.catalog.styles.map((s) => s.id)).toEqual(first.catalog.styles.map((s) => s.id));
    expect(second.catalog.styles[0]).toEqual({ ...before, slug: "crimson-port", title: "Crimson Port" });
  });

  it("refuses the same code in two rows, and takes it when the second is marked variant: true", async () => {
    const twice = (variant: string) =>
      `${FIXTURE_YAML}  - title: Red Harbour Noon
    category: cinematic
    model: v7
    tier: free
${variant}    recipe: { kind: sref, codes: ["2478013"], params: { stylize: 50 } }
    images:
      - file: noon.png
        alt: A harbour at noon
`;
    const dir = await makeImportFolder(twice(""));
    writeFileSync(path.join(dir, "noon.png"), await testPicture([250, 200, 80], [90, 160, 220]));
    const refused = await importStyles({ images: newStore(), now: NOW }, { dir, current: empty }).catch(
      (e: unknown) => e,
    );
    expect((refused as Error).message).toContain(
      "row 3 (Red Harbour Noon), field recipe: row 1 has the same code; mark this row variant: true",
    );

    writeFileSync(path.join(dir, "styles.yaml"), twice("    variant: true\n"));
    const store = newStore();
    const taken = await importStyles({ images: store, now: NOW }, { dir, current: empty });
    expect(taken.added).toEqual(["red-harbour-dusk", "blue-glass-city", "red-harbour-noon"]);
    // imported again, each row finds its own style by slug: the variant does not take over the first
    const again = await importStyles({ images: store, now: NOW + 1000 }, { dir, current: taken.catalog });
    expect(again.catalog).toEqual(taken.catalog);
  });
});

describe("the catalog command for an operator", () => {
  const cli = (env: Record<string, string>, ...args: string[]) =>
    runOperatorScript("scripts/catalog/cli.ts", args, { ...process.env, CLOUDINARY_CLOUD_NAME: "", ...env });

  it("--help lists commands, settings and where the format is, with no stack trace", async () => {
    const help = await cli({}, "--help");
    expect(help.code).toBe(0);
    for (const word of ["init", "import", "remove", "validate", "stats", "CATALOG_PATH", "LOCAL_IMAGES_DIR"])
      expect(help.stdout).toContain(word);
    expect(help.stdout).toContain("CLOUDINARY_CLOUD_NAME");
    expect(help.stdout).toContain('docs/operations.md,\n"Adding styles"');
    const unknown = await cli({}, "import", "--colour");
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it("init writes an empty catalog, and will not replace one with styles unless forced", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "mjpro-init-"));
    const catalogPath = path.join(work, "catalog.json");
    const env = { CATALOG_PATH: catalogPath, LOCAL_IMAGES_DIR: path.join(work, "images") };
    expect((await cli(env, "init")).stdout).toContain("wrote an empty catalog");
    expect(JSON.parse(readFileSync(catalogPath, "utf8"))).toMatchObject({ styles: [] });

    const dir = await realFolder();
    const imported = await cli(env, "import", dir);
    expect(imported.stdout).toMatch(/analysed 2 images in [\d.]+ s with \d+ at a time: [\d.]+ s per image/);
    expect(readdirSync(path.join(work, "images", "lib"))).toHaveLength(2);
    const refused = await cli(env, "init");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the catalog already holds 1 styles; run init --force");
    expect((await cli(env, "init", "--force")).stdout).toContain("wrote an empty catalog");
  }, 120_000);
});
