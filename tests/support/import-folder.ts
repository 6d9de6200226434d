import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";

/** Two-colour test pictures: `left` over the first part of the width, `right` over the rest. */
export async function testPicture(
  left: [number, number, number],
  right: [number, number, number],
  width = 96,
  height = 64,
) {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set(x < (width * 2) / 3 ? left : right, (y * width + x) * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

export const FIXTURE_YAML = `# two styles, as the people running mjpro would write them
styles:
  - title: Red Harbour Dusk
    description: Warm reds over a dark harbour.
    category: cinematic
    tags: [dusk, harbour]
    model: v7
    tier: free
    recipe:
      kind: sref
      codes: ["2478013"]
      params: { ar: "3:2", stylize: 300 }
    images:
      - file: red-1.png
        alt: A harbour at dusk under a red sky
      - file: red-2.png
        alt: Boats moored in red evening light
      - file: red-3.png
        alt: A lighthouse against a crimson sky
  - title: Blue Glass City
    slug: blue-glass-city
    category: 3d
    tags: [glass, city]
    model: v6.1
    tier: pro
    publishedAt: "2026-11-01T09:00:00Z"
    recipe:
      kind: prompt
      prompt: "a city of blue glass towers, soft studio light, isometric"
      params: { ar: "3:2" }
    images:
      - file: blue-1.png
        alt: Blue glass towers from above
      - file: blue-2.png
        alt: A blue glass bridge between towers
      - file: blue-3.png
        alt: A plaza paved with blue glass
`;

/** An import folder: styles.yaml and six pictures, in a new temporary directory. */
export async function makeImportFolder(yaml = FIXTURE_YAML): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "mjpro-import-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "styles.yaml"), yaml);
  const pictures: [string, [number, number, number], [number, number, number]][] = [
    ["red-1.png", [214, 52, 46], [30, 30, 36]],
    ["red-2.png", [200, 48, 40], [240, 200, 170]],
    ["red-3.png", [222, 60, 50], [20, 20, 24]],
    ["blue-1.png", [60, 110, 185], [235, 235, 240]],
    ["blue-2.png", [55, 100, 180], [30, 34, 50]],
    ["blue-3.png", [70, 115, 190], [200, 210, 225]],
  ];
  for (const [name, left, right] of pictures)
    writeFileSync(path.join(dir, name), await testPicture(left, right));
  return dir;
}
