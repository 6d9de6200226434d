import { access } from "node:fs/promises";
import path from "node:path";
import type { ImageStore } from "@/services/catalog/image-store";
import { writeAtomic } from "../files/write-atomic";

/** Originals as files under the local images folder (LOCAL_IMAGES_DIR), written whole or not at all. */
export function localImageStore(dir: string): ImageStore {
  return {
    kind: "local",
    async put(file, bytes) {
      const target = path.join(dir, file);
      try {
        await access(target);
        return; // content-hash names: the file there is these bytes
      } catch {
        // not there yet
      }
      await writeAtomic(target, bytes);
    },
  };
}
