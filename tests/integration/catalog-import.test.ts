import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localImageStore } from "@/adapters/images/local-store";
import type { CatalogFile } from "@/domain/catalog/schema";
import { colorDistance } from "@/domain/color/color";
import { removeStyle } from "@/services/catalog/edit-catalog";
import { ImportRejectedError } from "@/services/catalog/import-problems";
import { importStyles } from "@/services/catalog/import-styles";
import { FIXTURE_YAML, makeImportFolder } from "../support/import-folder";
import { runOperatorScript } from "../support/operator-script";

const empty: CatalogFile = { version: "empty", styles: [] };
const NOW = Date.UTC(2026, 10, 26, 12);

describe("catalog import (local images)", () => {
  it("turns a folder into catalog entries: sizes, palettes, previews, content-hash files", async () => {
    const dir = await makeImportFolder();
    const images = mkdtempSync(path.join(tmpdir(), "mjpro-images-"));
    const result = await importStyles({ images: localImageStore(images), now: NOW }, { dir, current: empty });
    expect(result.added).toEqual(["red-harbour-dusk", "blue-glass-city"]);
    expect(result.uploaded).toBe(6);
    const [red, blue] = result.catalog.styles;
    expect(red).toMatchObject({
      slug: "red-harbour-dusk",
      tier: "free",
      publishedAt: new Date(NOW).toISOString(),
    });
    expect(blue?.publishedAt).toBe("2026-11-01T09:00:00Z");
    for (const image of red?.images ?? []) {
      expect([image.width, image.height]).toEqual([96, 64]);
      expect(image.file).toMatch(/^lib\/[0-9a-f]{24}\.png$/);
      expect(existsSync(path.join(images, image.file))).toBe(true);
      expect(image.placeholder).toMatch(/^data:image\/webp;base64,/);
    }
    expect(colorDistance(red?.palette[0]?.color as string, "#d6342e")).toBeLessThan(0.06);
    expect(colorDistance(blue?.palette[0]?.color as string, "#3c6eb9")).toBeLessThan(0.06);
  });

  it("gives the same catalog when the same folder is imported twice, storing nothing the second time", async () => {
    const dir = await makeImportFolder();
    const images = mkdtempSync(path.join(tmpdir(), "mjpro-images-"));
    const store = localImageStore(images);
    const first = await importStyles({ images: store, now: NOW }, { dir, current: empty });
    const second = await importStyles(
      { images: store, now: NOW + 86_400_000 },
      { dir, current: first.catalog },
    );
    expect(second.catalog).toEqual(first.catalog);
    expect(second.uploaded).toBe(0);
    expect(second.unchanged).toEqual(["red-harbour-dusk", "blue-glass-city"]);
    expect(readdirSync(path.join(images, "lib"))).toHaveLength(6);
  });

  it("updates a style on re-import by slug, keeping its id and date, and removes one on request", async () => {
    const dir = await makeImportFolder();
    const store = localImageStore(mkdtempSync(path.join(tmpdir(), "mjpro-images-")));
    const first = await importStyles({ images: store, now: NOW }, { dir, current: empty });
    writeFileSync(path.join(dir, "styles.yaml"), FIXTURE_YAML.replace("tier: free", "tier: pro"));
    const second = await importStyles({ images: store, now: NOW + 1000 }, { dir, current: first.catalog });
    expect(second.updated).toEqual(["red-harbour-dusk"]);
    const before = first.catalog.styles[0];
    const after = second.catalog.styles[0];
    expect(after).toEqual({ ...before, tier: "pro" });
    expect(second.catalog.version).not.toBe(first.catalog.version);

    // a renamed style is found by its code: it keeps its id and date under its new slug
    writeFileSync(
      path.join(dir, "styles.yaml"),
      FIXTURE_YAML.replace("title: Red Harbour Dusk", "title: Red Harbour Night").replace(
        "tier: free",
        "tier: pro",
      ),
    );
    const renamed = await importStyles({ images: store, now: NOW + 2000 }, { dir, current: second.catalog });
    expect(renamed.updated).toEqual(["red-harbour-night"]);
    expect(renamed.catalog.styles).toHaveLength(2);
    expect(renamed.catalog.styles[0]).toMatchObject({
      id: before?.id,
      slug: "red-harbour-night",
      publishedAt: before?.publishedAt,
    });

    // an image of one style cannot join another (a prompt recipe has no code to be found by)
    writeFileSync(
      path.join(dir, "styles.yaml"),
      FIXTURE_YAML.replace("    slug: blue-glass-city\n", "").replace(
        "title: Blue Glass City",
        "title: Blue Glass Town",
      ),
    );
    const taken = await importStyles({ images: store, now: NOW }, { dir, current: second.catalog }).catch(
      (e: unknown) => e,
    );
    expect((taken as Error).message).toContain(
      "row 2 (Blue Glass Town), field images.0.file: blue-1.png is already an image of the style blue-glass-city",
    );

    const removed = removeStyle(second.catalog, { slug: "red-harbour-dusk" });
    expect(removed.styles.map((s) => s.slug)).toEqual(["blue-glass-city"]);
    expect(() => removeStyle(removed, { slug: "red-harbour-dusk" })).toThrow(/no style with slug/);
  });

  it.each([
    [
      "a bad category",
      (y: string) => y.replace("category: cinematic", "category: cinema"),
      "styles.yaml:5, row 1 (Red Harbour Dusk), field category: must be one of: cinematic",
    ],
    [
      "a missing alt",
      (y: string) => y.replace("        alt: Boats moored in red evening light\n", ""),
      "row 1 (Red Harbour Dusk), field images.1.alt: is missing",
    ],
    [
      "a missing image file",
      (y: string) => y.replace("blue-2.png", "blue-9.png"),
      "styles.yaml:34, row 2 (Blue Glass City), field images.1.file: blue-9.png is not in the folder",
    ],
    [
      "two images",
      (y: string) => y.replace("red-3.png", "red-1.png"),
      "row 1 (Red Harbour Dusk), field images.2.file: red-1.png is used twice",
    ],
    [
      "an unknown field",
      (y: string) => y.replace("    tier: pro\n", "    tier: pro\n    price: 3\n"),
      "row 2 (Blue Glass City): unknown field price",
    ],
    [
      "a repeated slug",
      (y: string) => y.replace("slug: blue-glass-city", "slug: red-harbour-dusk"),
      'row 2 (Blue Glass City), field slug: "red-harbour-dusk" is also row 1',
    ],
    [
      "broken YAML",
      (y: string) => y.replace("tags: [dusk, harbour]", "tags: [dusk, harbour"),
      "styles.yaml:7: not valid YAML: Flow sequence in block collection",
    ],
    [
      "a bad sref code",
      (y: string) => y.replace('codes: ["2478013"]', 'codes: ["abc"]'),
      "row 1 (Red Harbour Dusk), field recipe.codes.0: must be a numeric style code",
    ],
  ])("refuses %s, naming file, row and field, and changes nothing", async (_name, edit, message) => {
    const dir = await makeImportFolder(edit(FIXTURE_YAML));
    const images = mkdtempSync(path.join(tmpdir(), "mjpro-images-"));
    const current: CatalogFile = { version: "before", styles: [] };
    const error = await importStyles({ images: localImageStore(images), now: NOW }, { dir, current }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as Error).message).toContain(message);
    expect(readdirSync(images)).toEqual([]);
    expect(current).toEqual({ version: "before", styles: [] });
  });
});

describe("catalog import (Cloudinary, against a local stand-in for its upload API)", () => {
  interface Upload {
    path: string;
    fields: Record<string, string>;
    fileBytes: number;
  }
  const uploads: Upload[] = [];
  const checks: string[] = [];
  const stored = new Set<string>();
  let server: Server;
  let prefix = "";

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      // the Admin API: does an asset exist?
      const resource = request.url?.match(
        /^\/v1_1\/mjpro-test\/resources\/image\/authenticated\/(.+?)(\?.*)?$/,
      );
      if (request.method === "GET" && resource?.[1]) {
        const publicId = decodeURIComponent(resource[1]);
        checks.push(publicId);
        const found = stored.has(publicId);
        response.writeHead(found ? 200 : 404, { "content-type": "application/json" });
        response.end(
          JSON.stringify(found ? { public_id: publicId } : { error: { message: "Resource not found" } }),
        );
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const form = await new Request("http://stand-in", {
        method: "POST",
        headers: { "content-type": request.headers["content-type"] ?? "" },
        body: Buffer.concat(chunks),
      }).formData();
      const fields: Record<string, string> = {};
      let fileBytes = 0;
      for (const [key, value] of form) {
        if (typeof value === "string") fields[key] = value;
        else fileBytes = value.size;
      }
      uploads.push({ path: request.url ?? "", fields, fileBytes });
      if (fields.public_id) stored.add(fields.public_id);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ public_id: fields.public_id, version: 1, secure_url: "https://res.example/x" }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    prefix = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // the SDK picks http or https when it loads, from its own setting: so set it, then load
    process.env.CLOUDINARY_URL = `cloudinary://123456789012345:unused@mjpro-test?upload_prefix=${prefix}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("uploads each original once, signed, under its content-hash public id, never twice", async () => {
    const local = await importStyles(
      { images: localImageStore(mkdtempSync(path.join(tmpdir(), "mjpro-images-"))), now: NOW },
      { dir: await makeImportFolder(), current: empty },
    );
    const { cloudinaryImageStore } = await import("@/adapters/images/cloudinary-upload");
    const dir = await makeImportFolder();
    const store = cloudinaryImageStore({
      cloudName: "mjpro-test",
      apiKey: "123456789012345",
      apiSecret: "test-secret-test-secret",
      folder: "mjpro",
      uploadPrefix: prefix,
    });
    // the catalog already lists these images (imported locally): Cloudinary is asked, and gets them
    const first = await importStyles({ images: store, now: NOW }, { dir, current: local.catalog });
    expect(first.uploaded).toBe(6);
    expect(uploads).toHaveLength(6);
    expect(checks).toHaveLength(6);
    const files = first.catalog.styles.flatMap((s) => s.images.map((i) => i.file));
    for (const [i, upload] of uploads.entries()) {
      expect(upload.path).toBe("/v1_1/mjpro-test/image/upload");
      expect(upload.fields.public_id).toBe(`mjpro/${files[i]?.replace(/\.png$/, "")}`);
      expect(upload.fields.overwrite).toBe("0"); // the SDK sends booleans as 0/1
      expect(upload.fields.type).toBe("authenticated");
      expect(upload.fields.api_key).toBe("123456789012345");
      expect(upload.fields.signature).toMatch(/^[0-9a-f]{40,64}$/);
      expect(upload.fields).not.toHaveProperty("api_secret");
      expect(upload.fileBytes).toBeGreaterThan(100);
    }
    const second = await importStyles({ images: store, now: NOW }, { dir, current: first.catalog });
    expect(second.uploaded).toBe(0);
    expect(uploads).toHaveLength(6);
    expect(checks).toHaveLength(12);
    expect(JSON.stringify(uploads)).not.toContain("test-secret-test-secret");
  });
});

describe("the catalog command", () => {
  it("imports into CATALOG_PATH and LOCAL_IMAGES_DIR, then validates and counts", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "mjpro-catalog-cli-"));
    const catalogPath = path.join(work, "catalog.json");
    writeFileSync(catalogPath, JSON.stringify(empty));
    const env = {
      ...process.env,
      CATALOG_PATH: catalogPath,
      LOCAL_IMAGES_DIR: path.join(work, "images"),
      CLOUDINARY_CLOUD_NAME: "",
    };
    const cli = (...args: string[]) => runOperatorScript("scripts/catalog/cli.ts", args, env);
    const dir = await makeImportFolder();
    const imported = await cli("import", dir);
    expect(imported.stdout).toContain("2 added, 0 updated, 0 unchanged; 6 images stored (local)");
    const written = JSON.parse(readFileSync(catalogPath, "utf8")) as CatalogFile;
    expect(written.styles).toHaveLength(2);
    expect((await cli("validate")).stdout).toContain("is valid");
    const stats = JSON.parse((await cli("stats")).stdout);
    expect(stats).toMatchObject({ styles: 2, images: 6, tiers: { free: 1, pro: 1 } });
    expect(stats.colors.red).toBe(1);

    writeFileSync(path.join(dir, "styles.yaml"), FIXTURE_YAML.replace("model: v7", "model: v9"));
    const refused = await cli("import", dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("row 1 (Red Harbour Dusk), field model: must be a model version: v8.2");
    expect(JSON.parse(readFileSync(catalogPath, "utf8"))).toEqual(written);
  }, 180_000);
});
