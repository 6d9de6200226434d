import webWidths from "./web-widths.json";
/** A short-lived link to a full-resolution original (Pro downloads from a hosted image store). */
export interface OriginalLink {
  url: string;
  /** ms since the epoch */
  expiresAt: number;
}

/** Where imported originals go: a local folder, or Cloudinary in production. */
export interface ImageStore {
  kind: "local" | "cloudinary";
  /**
   * Stores the original under `file` (a content-hash path, so one file name is always
   * the same bytes); storing a file that is already there changes nothing.
   */
  put(file: string, bytes: Buffer): Promise<void>;
  /** Whether the store already holds `file` (asked before sending, so nothing is uploaded twice). */
  has(file: string): Promise<boolean>;
}

/** How image files reach browsers. Adapters: local files through Next's optimizer, or Cloudinary. */
export interface ImagesPort {
  /** A web-size delivery URL of the file at (at most) this width; the adapter picks the format. */
  webUrl(file: string, width: number): string;
  /** A link to the original that stops working soon; absent when the server serves originals itself. */
  originalLink?(file: string, now: number): Promise<OriginalLink>;
}

/** Widths offered in srcset. Next's optimizer accepts only the widths listed in next.config.mjs, which reads the same file. */
export const WEB_WIDTHS: readonly number[] = webWidths;

/** Web-size renditions are at most this long on their long edge; anything larger is a full-resolution download (Pro). */
export const MAX_WEB_EDGE = 1200;

/** The size of an image's largest web-size rendition. */
export function webSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_WEB_EDGE / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export interface ImageSources {
  src: string;
  srcSet: string;
}

/** src and srcset for an image, never wider than its largest web-size rendition. */
export function imageSources(
  port: ImagesPort,
  image: { file: string; width: number; height: number },
  srcWidth: number,
): ImageSources {
  const { file } = image;
  const cap = webSize(image.width, image.height).width;
  // each rendition: the width asked of the adapter, and the width it really has
  const renditions: { ask: number; real: number }[] = WEB_WIDTHS.filter((w) => w <= cap).map((w) => ({
    ask: w,
    real: w,
  }));
  if (cap > (renditions.at(-1)?.real ?? 0)) {
    // the largest rendition: the adapter never upscales, so asking the next allowed width yields the cap
    renditions.push({ ask: WEB_WIDTHS.find((w) => w >= cap) ?? MAX_WEB_EDGE, real: cap });
  }
  const chosen = renditions.find((r) => r.real >= srcWidth) ?? (renditions.at(-1) as { ask: number });
  return {
    src: port.webUrl(file, chosen.ask),
    srcSet: renditions.map((r) => `${port.webUrl(file, r.ask)} ${r.real}w`).join(", "),
  };
}
