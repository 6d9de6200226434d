import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cloudinaryImages, cloudinaryPublicId } from "@/adapters/images/cloudinary";
import { localImages } from "@/adapters/images/local";
import { imageSources, MAX_WEB_EDGE, webSize } from "@/adapters/images/port";
import { downloadOriginal } from "@/services/images/download-original";
import { fixtureCatalog, fixtureStyle } from "../support/catalog-fixture";

const SECRET = "unit-test-api-secret";
const credentials = { apiKey: "123456789012345", apiSecret: SECRET };

describe("Cloudinary delivery URLs", () => {
  const port = cloudinaryImages({ cloudName: "mjpro-demo", ...credentials });

  it("asks for automatic format and quality at the requested width, limited to web size, signed", () => {
    const url = new URL(port.webUrl("demo/sty_abc-1.jpg", 640));
    expect(url.origin).toBe("https://res.cloudinary.com");
    const [, cloud, resource, type, signature, transformation, ...rest] = url.pathname.split("/");
    expect([cloud, resource, type]).toEqual(["mjpro-demo", "image", "authenticated"]);
    // Cloudinary's URL signature: sha1 of "<transformation>/<public id>" + secret, so no other
    // size or the original can be asked for without the secret
    const expected = createHash("sha1")
      .update(`${transformation}/${rest.join("/")}${SECRET}`)
      .digest("base64url")
      .slice(0, 8);
    expect(signature).toBe(`s--${expected}--`);
    expect(url.href).not.toContain(SECRET);
    expect(new URL(port.webUrl("demo/sty_abc-1.jpg", 1200)).pathname.split("/")[4]).not.toBe(signature);
    expect(transformation?.split(",").sort()).toEqual([
      "c_limit",
      "f_auto",
      `h_${MAX_WEB_EDGE}`,
      "q_auto",
      "w_640",
    ]);
    expect(rest.join("/")).toBe("demo/sty_abc-1");
  });

  it("adds no analytics query parameter and no version segment", () => {
    const url = new URL(port.webUrl("demo/x.jpg", 256));
    expect(url.search).toBe("");
    expect(url.pathname).not.toMatch(/\/v\d+\//);
  });

  it("puts public ids under the configured folder, without the file extension", () => {
    expect(cloudinaryPublicId("demo/a.jpg")).toBe("demo/a");
    expect(cloudinaryPublicId("demo/a.webp", "mjpro/")).toBe("mjpro/demo/a");
    const url = cloudinaryImages({ cloudName: "c", folder: "mjpro", ...credentials }).webUrl(
      "demo/a.png",
      1080,
    );
    expect(url.endsWith("/mjpro/demo/a")).toBe(true);
  });
});

describe("Cloudinary originals for Pro downloads", () => {
  it("are a signed download link that expires two minutes later, attachment, without the secret", async () => {
    const port = cloudinaryImages({ cloudName: "mjpro-demo", folder: "mjpro", ...credentials });
    const now = Date.UTC(2026, 10, 26, 12);
    const link = await port.originalLink?.("lib/abc123.png", now);
    if (!link) throw new Error("no original link");
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe("https://api.cloudinary.com/v1_1/mjpro-demo/image/download");
    expect(url.searchParams.get("public_id")).toBe("mjpro/lib/abc123");
    expect(url.searchParams.get("format")).toBe("png");
    expect(url.searchParams.get("type")).toBe("authenticated");
    expect(url.searchParams.get("attachment")).toBe("true");
    expect(url.searchParams.get("expires_at")).toBe(String(now / 1000 + 120));
    expect(url.searchParams.get("signature")).toMatch(/^[0-9a-f]{40}$/);
    expect(url.searchParams.get("api_key")).toBe("123456789012345");
    expect(link.url).not.toContain(SECRET);
    expect(link.expiresAt).toBe(now + 120_000);
  });

  it("go to Pro members only, as the link, never as bytes from the server", async () => {
    const style = fixtureStyle({ id: "sty_download", slug: "download-test" });
    const image = style.images[0];
    if (!image) throw new Error("fixture");
    const ctx = {
      catalog: fixtureCatalog([style]),
      images: cloudinaryImages({ cloudName: "mjpro-demo", ...credentials }),
      now: Date.UTC(2026, 10, 26),
      readOriginal: async () => {
        throw new Error("a hosted original is never read through the server");
      },
    };
    const pro = await downloadOriginal(
      { ...ctx, viewer: { kind: "member", userId: "usr_p", plan: "pro" } },
      { imageId: image.id },
    );
    expect(pro).toMatchObject({ kind: "link", fileName: `download-test-${image.id}.jpg` });
    await expect(
      downloadOriginal(
        { ...ctx, viewer: { kind: "member", userId: "usr_f", plan: "free" } },
        { imageId: image.id },
      ),
    ).rejects.toThrow(/part of Pro/);
    await expect(
      downloadOriginal({ ...ctx, viewer: { kind: "anonymous" } }, { imageId: image.id }),
    ).rejects.toThrow(/Sign in/);
  });
});

describe("local delivery URLs", () => {
  it("goes through Next's optimizer with the original's media path", () => {
    const url = new URL(localImages().webUrl("demo/a b.jpg", 828), "http://localhost");
    expect(url.pathname).toBe("/_next/image");
    expect(url.searchParams.get("url")).toBe("/media/demo/a b.jpg");
    expect(url.searchParams.get("w")).toBe("828");
    expect(url.searchParams.get("q")).toBe("75");
  });
});

describe("srcset", () => {
  const widthsOf = (srcSet: string) =>
    srcSet.split(", ").map((entry) => Number(entry.split(" ")[1]?.replace("w", "")));

  it("never offers more than the web-size long edge", () => {
    const landscape = imageSources(localImages(), { file: "a.jpg", width: 1600, height: 900 }, 640);
    expect(widthsOf(landscape.srcSet)).toEqual([256, 384, 640, 828, 1080, 1200]);
    expect(webSize(1600, 900)).toEqual({ width: 1200, height: 675 });
  });

  it("describes the real width of a narrow portrait image's largest rendition", () => {
    const portrait = imageSources(localImages(), { file: "p.jpg", width: 900, height: 1600 }, 640);
    expect(widthsOf(portrait.srcSet)).toEqual([256, 384, 640, 675]);
    expect(portrait.srcSet.endsWith("w=828&q=75 675w")).toBe(true);
  });

  it("does not upscale a small original", () => {
    const small = imageSources(localImages(), { file: "s.jpg", width: 300, height: 300 }, 640);
    expect(widthsOf(small.srcSet)).toEqual([256, 300]);
    expect(new URL(small.src, "http://x").searchParams.get("w")).toBe("384");
  });
});
