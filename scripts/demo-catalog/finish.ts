import { hexToRgb } from "./color";
import { Rng } from "./prng";
import type { Raster } from "./types";

/**
 * Vignette and film grain, applied in one pass over the raw pixels. Both were far costlier in
 * librsvg/libvips, where a full-canvas translucent radial gradient is slow.
 */

const NOISE_LENGTH = 1_048_573; // prime, so the grain pattern never lines up with an image width
let noise: Float32Array | undefined;

function noiseTable(): Float32Array {
  if (!noise) {
    const rng = new Rng(0x6a41);
    noise = new Float32Array(NOISE_LENGTH);
    // sum of two uniforms: a soft triangular distribution in -1..1
    for (let i = 0; i < NOISE_LENGTH; i++) noise[i] = rng.float() + rng.float() - 1;
  }
  return noise;
}

const offsetCache = new Map<number, Int16Array>();

/** the noise table scaled to integer pixel offsets for one grain strength */
function grainOffsets(grain: number): Int16Array {
  let offsets = offsetCache.get(grain);
  if (!offsets) {
    const table = noiseTable();
    offsets = new Int16Array(NOISE_LENGTH);
    if (grain > 0)
      for (let i = 0; i < NOISE_LENGTH; i++) offsets[i] = Math.round((table[i] as number) * grain * 150);
    offsetCache.set(grain, offsets);
  }
  return offsets;
}

/** [distance from centre, in units of 0.75 of the half-diagonal-ish ellipse; vignette opacity factor] */
const VIGNETTE_STOPS: readonly (readonly [number, number])[] = [
  [0.4, 0],
  [0.65, 0.2],
  [0.85, 0.6],
  [1, 1],
];
const LUT_SIZE = 1024;

function vignetteLut(strength: number): Float32Array {
  const lut = new Float32Array(LUT_SIZE);
  for (let i = 0; i < LUT_SIZE; i++) {
    const t = Math.sqrt(i / (LUT_SIZE - 1)) * 1.1;
    let factor = 1;
    for (let s = 1; s < VIGNETTE_STOPS.length; s++) {
      const [t0, f0] = VIGNETTE_STOPS[s - 1] as readonly [number, number];
      const [t1, f1] = VIGNETTE_STOPS[s] as readonly [number, number];
      if (t <= t0 && s === 1) {
        factor = f0;
        break;
      }
      if (t <= t1) {
        factor = f0 + ((f1 - f0) * (t - t0)) / (t1 - t0);
        break;
      }
    }
    lut[i] = factor * strength;
  }
  return lut;
}

export function finish(raster: Raster, vignette: number, vignetteColor: string, grain: number): void {
  if (vignette <= 0 && grain <= 0) return;
  const { width, height, channels } = raster;
  // a clamped view: writes saturate at 0 and 255 instead of wrapping
  const data = new Uint8ClampedArray(raster.data.buffer, raster.data.byteOffset, raster.data.length);
  const lut = vignetteLut(Math.max(0, vignette));
  // fixed point: vignette opacity 0..256, grain as integer offsets per noise sample
  const alpha = new Int32Array(LUT_SIZE);
  for (let i = 0; i < LUT_SIZE; i++) alpha[i] = Math.round((lut[i] as number) * 256);
  const offsets = grainOffsets(grain);
  const { r: vr, g: vg, b: vb } = hexToRgb(vignetteColor);
  // squared elliptical distance from the centre, as an index into the table (max ~0.89 of 1.21)
  const scale = (LUT_SIZE - 1) / (1.1 * 1.1);
  const dx2 = new Float32Array(width);
  for (let x = 0; x < width; x++) dx2[x] = (((x + 0.5) / width - 0.5) ** 2 / 0.5625) * scale;
  let firstShaded = 0;
  while (firstShaded < LUT_SIZE && alpha[firstShaded] === 0) firstShaded++;
  for (let y = 0; y < height; y++) {
    const dy2 = (((y + 0.5) / height - 0.5) ** 2 / 0.5625) * scale;
    const room = firstShaded - dy2;
    // without grain only the vignette's ring needs touching: skip the untouched middle of the row
    let skipFrom = width;
    let skipTo = width;
    if (grain <= 0 && room > 0) {
      const half = Math.sqrt((room / scale) * 0.5625) * width;
      skipFrom = Math.max(0, Math.floor(width / 2 - half));
      skipTo = Math.min(width, Math.ceil(width / 2 + half));
    }
    let i = y * width * channels;
    let k = (y * width) % NOISE_LENGTH;
    for (let x = 0; x < width; x++, i += channels) {
      if (x === skipFrom) {
        i += (skipTo - x) * channels;
        x = skipTo;
        if (x >= width) break;
      }
      const a = alpha[((dx2[x] as number) + dy2) | 0] as number;
      const n = offsets[k] as number;
      k = k + 1 === NOISE_LENGTH ? 0 : k + 1;
      let r = data[i] as number;
      let g = data[i + 1] as number;
      let b = data[i + 2] as number;
      r += ((vr - r) * a) >> 8;
      g += ((vg - g) * a) >> 8;
      b += ((vb - b) * a) >> 8;
      // grain fades out towards black and white, like film
      const d = (n * (g < 128 ? g + 32 : 287 - g)) >> 7;
      r += d;
      g += d;
      b += d;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
    }
  }
}
