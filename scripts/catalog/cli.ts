/**
 * Catalog operations for the people who run mjpro (README "Adding styles"):
 *
 *   npm run catalog -- import <dir> [--dry-run]   styles.yaml + images → catalog entries
 *   npm run catalog -- remove <slug>              takes a style out
 *   npm run catalog -- validate                   checks the catalog as the app will load it
 *   npm run catalog -- stats                      counts by tier, category, model, colour
 *
 * Images go to Cloudinary when CLOUDINARY_CLOUD_NAME, _API_KEY and _API_SECRET are set,
 * else into LOCAL_IMAGES_DIR. The catalog file (CATALOG_PATH) is written only after
 * every image is stored, whole (temp file + rename).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { writeAtomic } from "@/adapters/files/write-atomic";
import { cloudinaryImageStore } from "@/adapters/images/cloudinary-upload";
import { localImageStore } from "@/adapters/images/local-store";
import { type CatalogFile, catalogFileSchema } from "@/domain/catalog/schema";
import { type Env, getEnv, resolveFromCwd } from "@/server/env";
import { catalogStats, removeStyle, validateCatalog } from "@/services/catalog/edit-catalog";
import type { ImageStore } from "@/services/catalog/image-store";
import { ImportRejectedError } from "@/services/catalog/import-problems";
import { importStyles } from "@/services/catalog/import-styles";
import { NotFoundError } from "@/services/errors";

const USAGE = `usage: npm run catalog -- import <dir> [--dry-run]
       npm run catalog -- remove <slug>
       npm run catalog -- validate
       npm run catalog -- stats`;

function imageStore(env: Env): ImageStore {
  if (env.CLOUDINARY_CLOUD_NAME) {
    if (!env.CLOUDINARY_API_KEY || !env.CLOUDINARY_API_SECRET)
      throw new Error("CLOUDINARY_API_KEY and CLOUDINARY_API_SECRET are needed to upload to Cloudinary");
    return cloudinaryImageStore({
      cloudName: env.CLOUDINARY_CLOUD_NAME,
      apiKey: env.CLOUDINARY_API_KEY,
      apiSecret: env.CLOUDINARY_API_SECRET,
      folder: env.CLOUDINARY_FOLDER,
    });
  }
  return localImageStore(resolveFromCwd(env.LOCAL_IMAGES_DIR));
}

function readCatalog(file: string): CatalogFile {
  return catalogFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

const writeCatalog = (file: string, catalog: CatalogFile) =>
  writeAtomic(file, `${JSON.stringify(catalog, null, 2)}\n`);

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean", default: false } },
  });
  const [command, argument, ...rest] = positionals;
  const env = getEnv();
  const catalogPath = resolveFromCwd(env.CATALOG_PATH);
  if (rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  switch (command) {
    case "import": {
      if (!argument) break;
      const dryRun = values["dry-run"] === true;
      const store: ImageStore = dryRun
        ? { kind: "local", has: async () => true, put: async () => undefined }
        : imageStore(env);
      const result = await importStyles(
        { images: store, now: Date.now() },
        { dir: argument, current: readCatalog(catalogPath) },
      );
      const summary = `${result.added.length} added, ${result.updated.length} updated, ${result.unchanged.length} unchanged`;
      if (dryRun) {
        console.log(`dry run: ${summary}; nothing stored or written`);
        return 0;
      }
      await writeCatalog(catalogPath, result.catalog);
      console.log(
        `imported: ${summary}; ${result.uploaded} images stored (${store.kind}); catalog ${result.catalog.version}`,
      );
      return 0;
    }
    case "remove": {
      if (!argument) break;
      const next = removeStyle(readCatalog(catalogPath), { slug: argument });
      await writeCatalog(catalogPath, next);
      console.log(`removed ${argument}; catalog ${next.version}, ${next.styles.length} styles`);
      return 0;
    }
    case "validate": {
      if (argument) break;
      const problems = validateCatalog(JSON.parse(readFileSync(catalogPath, "utf8")), {
        localImagesDir: env.CLOUDINARY_CLOUD_NAME ? undefined : resolveFromCwd(env.LOCAL_IMAGES_DIR),
      });
      for (const problem of problems) console.error(`  - ${problem}`);
      console.log(problems.length === 0 ? `${env.CATALOG_PATH} is valid` : `${problems.length} problems`);
      return problems.length === 0 ? 0 : 1;
    }
    case "stats": {
      if (argument) break;
      console.log(JSON.stringify(catalogStats(readCatalog(catalogPath)), null, 2));
      return 0;
    }
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ImportRejectedError || error instanceof NotFoundError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
