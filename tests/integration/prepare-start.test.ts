import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localImages } from "@/adapters/images/local";
import { createCatalog } from "@/domain/catalog/catalog";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { ANONYMOUS } from "@/domain/entitlements";
import { listStylesInput } from "@/services/styles/inputs";
import { listStyleRecords } from "@/services/styles/list-styles";
import { renderOrder } from "../../scripts/demo-catalog/render-images";

const demoCatalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));

describe("the first start (scripts/prepare-start.mjs)", () => {
  it("renders the home page's images first: the covers of its first page, in its order", () => {
    const { files, homeFiles } = renderOrder(demoCatalog);
    const catalog = createCatalog(demoCatalog, (slug) => slug);
    const home = listStyleRecords(
      { catalog, images: localImages(), viewer: ANONYMOUS },
      listStylesInput.parse({}),
    ).items.map((style) => style.images[0]?.file);
    expect(home.length).toBeGreaterThan(0);
    expect(files.slice(0, home.length)).toEqual(home);
    expect([...homeFiles].sort()).toEqual([...home].sort());
    expect(new Set(files).size).toBe(demoCatalog.styles.flatMap((style) => style.images).length);
  });

  it("prints a line for each phase with its time, and waits for the images with --wait-images", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mjpro-start-"));
    const catalogPath = path.join(dir, "catalog.json");
    const styles = demoCatalog.styles.slice(0, 3);
    writeFileSync(catalogPath, JSON.stringify({ ...demoCatalog, styles }));
    const run = spawnSync(process.execPath, ["scripts/prepare-start.mjs", "--no-build", "--wait-images"], {
      encoding: "utf8",
      env: { ...process.env, CATALOG_PATH: catalogPath, LOCAL_IMAGES_DIR: path.join(dir, "images") },
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const images = styles.flatMap((style) => style.images);
    const others = images.length - styles.length;
    const lines = run.stdout.trim().split("\n");
    expect(lines).toEqual([
      `images: rendering the ${styles.length} the home page shows first…`,
      expect.stringMatching(
        new RegExp(
          `^images: the home page's ${styles.length} are ready \\(${styles.length} rendered in \\d+\\.\\d s\\)$`,
        ),
      ),
      expect.stringMatching(new RegExp(`^images: rendering ${others} demo images, \\d+ at a time…$`)),
      expect.stringMatching(
        new RegExp(
          `^images: rendered ${others} of ${images.length} \\(${styles.length} were there\\) in \\d+\\.\\d s$`,
        ),
      ),
      expect.stringMatching(/^prepare: ready in \d+\.\d s$/),
    ]);
    for (const image of images) expect(existsSync(path.join(dir, "images", image.file))).toBe(true);

    // a second start finds everything there and says so at once
    const again = spawnSync(process.execPath, ["scripts/prepare-start.mjs", "--no-build", "--wait-images"], {
      encoding: "utf8",
      env: { ...process.env, CATALOG_PATH: catalogPath, LOCAL_IMAGES_DIR: path.join(dir, "images") },
      timeout: 60_000,
    });
    expect(again.stdout).toMatch(
      new RegExp(
        `^images: rendered 0 of ${images.length} \\(${images.length} were there\\) in \\d+\\.\\d s$`,
        "m",
      ),
    );
  }, 180_000);

  it("skips the type check only in the build npm start makes for itself", () => {
    const typeCheckSkipped = (env: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          'const { default: c } = await import("./next.config.mjs"); console.log(c.typescript.ignoreBuildErrors)',
        ],
        { encoding: "utf8", env: { ...process.env, ...env } },
      ).stdout.trim();
    expect(typeCheckSkipped({ MJPRO_START_BUILD: "1" })).toBe("true");
    expect(typeCheckSkipped({ MJPRO_START_BUILD: "" })).toBe("false");
    expect(readFileSync("scripts/prepare-start.mjs", "utf8")).toContain('MJPRO_START_BUILD: "1"');
  });
});
