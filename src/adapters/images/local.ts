import type { ImagesPort } from "./port";

/** Path under which the app serves original image files (src/app/media). */
export const MEDIA_PATH = "/media";
export const WEB_QUALITY = 75;

/** Local files, resized and converted to WebP by Next's built-in image optimizer (next.config.mjs). */
export function localImages(): ImagesPort {
  return {
    webUrl(file, width) {
      const original = `${MEDIA_PATH}/${file}`;
      return `/_next/image?url=${encodeURIComponent(original)}&w=${width}&q=${WEB_QUALITY}`;
    },
  };
}
