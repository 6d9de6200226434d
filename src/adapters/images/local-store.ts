import { access } from "node:fs/promises";
import path from "node:path";
import { writeAtomic } from "../files/write-atomic";
import type { ImageStore } from "./port";

/** Originals as files under the local images folder (LOCAL_IMAGES_DIR), written whole or not at all. */
export function localImageStore(dir: string): ImageStore {
  const has = async (file: string) => {
    try {
      await access(path.join(dir, file));
      return true;
    } catch {
      return false;
    }
  };
  return {
    kind: "local",
    has,
    async put(file, bytes) {
      // content-hash names: a file already there is these bytes
      if (!(await has(file))) await writeAtomic(path.join(dir, file), bytes);
    },
  };
}
