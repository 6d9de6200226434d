import { describe, expect, it } from "vitest";
import { benchImportImages } from "../../scripts/bench/import-images";

describe("import speed", () => {
  // the budget is 0.25 s per 2048 px PNG on 2 quiet cores (docs/benchmarks.md); the bound
  // here is loose, as test machines are shared, and catches a return to analysing full images
  it("analyses a 2048 px PNG well under a second", async () => {
    const { images, secondsPerImage } = await benchImportImages(4, 2);
    console.log(`import bench: ${secondsPerImage.toFixed(3)} s per 2048 px PNG`);
    expect(images).toBe(4);
    expect(secondsPerImage).toBeLessThan(0.75);
  }, 120_000);
});
