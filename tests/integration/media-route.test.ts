import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogFileSchema } from "@/domain/catalog/schema";

// this file gets its own module registry, so these settings are read fresh by the route
const originals = mkdtempSync(path.join(tmpdir(), "mjpro-originals-"));
process.env.LOCAL_IMAGES_DIR = originals;
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "mjpro-data-"));

const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const file = catalog.styles[0]?.images[0]?.file as string;

async function get(mediaPath: string[]) {
  const { GET } = await import("@/app/media/[...path]/route");
  return GET(new Request(`http://localhost/media/${mediaPath.join("/")}`), {
    params: Promise.resolve({ path: mediaPath }),
  });
}

describe("GET /media/{file}", () => {
  beforeAll(async () => {
    mkdirSync(path.dirname(path.join(originals, file)), { recursive: true });
    const original = await sharp({
      create: { width: 2400, height: 1600, channels: 3, background: "#884422" },
    })
      .jpeg()
      .toBuffer();
    writeFileSync(path.join(originals, file), original);
  });

  it("serves a catalog image as a web-size rendition, never the full-resolution original", async () => {
    const response = await get(file.split("/"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(1200);
  });

  it("answers 404 for files the catalog does not name, including path tricks", async () => {
    for (const attempt of [
      ["demo", "nope.jpg"],
      ["..", "..", "package.json"],
      ["%2e%2e", "package.json"],
    ]) {
      const response = await get(attempt);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
