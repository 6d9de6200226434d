/** Gradient, clip and filter definitions for the SVG compositions, with unique ids. */

/** [offset 0..1, colour, opacity] */
export type Stop = readonly [number, string, number?];

/** one decimal keeps the SVG small; librsvg needs no more precision at these sizes */
export const n = (value: number): string => String(Math.round(value * 10) / 10);
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function stopsXml(stops: readonly Stop[]): string {
  return stops
    .map(([offset, color, opacity]) => {
      const alpha = opacity === undefined || opacity === 1 ? "" : ` stop-opacity="${round3(opacity)}"`;
      return `<stop offset="${round3(offset)}" stop-color="${color}"${alpha}/>`;
    })
    .join("");
}

/** Collects gradient/clip definitions and hands out unique ids. */
export class Defs {
  private readonly parts: string[] = [];
  private count = 0;

  /** prefix keeps ids unique when two Defs end up in one document */
  constructor(private readonly prefix = "") {}

  id(kind: string): string {
    this.count += 1;
    return `${this.prefix}${kind}${this.count}`;
  }

  add(xml: string): void {
    this.parts.push(xml);
  }

  /** a gradient from (x1,y1) to (x2,y2) in the shape's bounding box (0..1), vertical by default */
  linear(stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id("l");
    this.add(
      `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopsXml(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** a gradient in image coordinates, for bands that must line up across shapes */
  linearAbs(stops: readonly Stop[], x1: number, y1: number, x2: number, y2: number): string {
    const id = this.id("a");
    this.add(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}">${stopsXml(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  radial(stops: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5, fx = cx, fy = cy): string {
    const id = this.id("r");
    const at = [cx, cy, r, fx, fy].map(round3);
    this.add(
      `<radialGradient id="${id}" cx="${at[0]}" cy="${at[1]}" r="${at[2]}" fx="${at[3]}" fy="${at[4]}">${stopsXml(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  clip(shapes: string): string {
    const id = this.id("c");
    this.add(`<clipPath id="${id}">${shapes}</clipPath>`);
    return `url(#${id})`;
  }

  blur(deviation: number): string {
    const id = this.id("b");
    this.add(
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${n(deviation)}"/></filter>`,
    );
    return `url(#${id})`;
  }

  toString(): string {
    return this.parts.join("");
  }
}
