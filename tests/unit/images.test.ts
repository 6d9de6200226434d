import { describe, expect, it } from "vitest";
import { cloudinaryImages, cloudinaryPublicId } from "@/adapters/images/cloudinary";
import { localImages } from "@/adapters/images/local";
import { imageSources, MAX_WEB_EDGE, webSize } from "@/adapters/images/port";

describe("Cloudinary delivery URLs", () => {
  const port = cloudinaryImages({ cloudName: "mjpro-demo" });

  it("asks for automatic format and quality at the requested width, limited to web size", () => {
    const url = new URL(port.webUrl("demo/sty_abc-1.jpg", 640));
    expect(url.origin).toBe("https://res.cloudinary.com");
    const [, cloud, resource, type, transformation, ...rest] = url.pathname.split("/");
    expect([cloud, resource, type]).toEqual(["mjpro-demo", "image", "upload"]);
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
    const url = cloudinaryImages({ cloudName: "c", folder: "mjpro" }).webUrl("demo/a.png", 1080);
    expect(url.endsWith("/mjpro/demo/a")).toBe(true);
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
