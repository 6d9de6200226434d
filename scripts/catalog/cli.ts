/**
 * Catalog operations for the people who run mjpro (docs/operations.md "Adding styles"); `--help`
 * lists the commands and settings (scripts/catalog/help.ts).
 *
 * Images go to Cloudinary when CLOUDINARY_CLOUD_NAME, _API_KEY and _API_SECRET are set,
 * else into LOCAL_IMAGES_DIR. The catalog file (CATALOG_PATH) is written only after
 * every image is stored, whole (temp file + rename).
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "@/adapters/files/write-atomic";
import { cloudinaryImageStore } from "@/adapters/images/cloudinary-upload";
import { localImageStore } from "@/adapters/images/local-store";
import type { ImageStore } from "@/adapters/images/port";
import { type CatalogFile, catalogFileSchema } from "@/domain/catalog/schema";
import { isError } from "@/domain/errors";
import { type Env, getEnv, resolveFromCwd } from "@/server/env";
import { catalogStats, removeStyle, validateCatalog } from "@/services/catalog/edit-catalog";
import { importStyles } from "@/services/catalog/import-styles";
import { initCatalog } from "@/services/catalog/init-catalog";
import { HELP, USAGE } from "./help";
import { progressReporter } from "./progress";

/** A problem the operator can fix, said in one line with no stack trace. */
class OperatorError extends Error {}

function imageStore(env: Env): ImageStore {
  if (env.CLOUDINARY_CLOUD_NAME) {
    if (!env.CLOUDINARY_API_KEY || !env.CLOUDINARY_API_SECRET)
      throw new OperatorError(
        "CLOUDINARY_CLOUD_NAME is set, so CLOUDINARY_API_KEY and CLOUDINARY_API_SECRET are needed to upload",
      );
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
  if (!existsSync(file))
    throw new OperatorError(`no catalog at ${file}; make one with: npm run catalog -- init`);
  const parsed = catalogFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new OperatorError(`${file} is not a valid catalog; npm run catalog -- validate says what is wrong`);
  return parsed.data;
}

const writeCatalog = (file: string, catalog: CatalogFile) =>
  writeAtomic(file, `${JSON.stringify(catalog, null, 2)}\n`);

const shown = (file: string) => path.relative(process.cwd(), file) || file;

async function runImport(env: Env, catalogPath: string, dir: string, dryRun: boolean): Promise<number> {
  const store: ImageStore = dryRun
    ? { kind: "local", has: async () => true, put: async () => undefined }
    : imageStore(env);
  const progress = progressReporter();
  const result = await importStyles(
    { images: store, now: Date.now(), onProgress: progress.onProgress },
    { dir, current: readCatalog(catalogPath) },
  ).finally(progress.stop);
  const { images, ms, workers } = result.analysed;
  if (images > 0)
    console.log(
      `analysed ${images} images in ${(ms / 1000).toFixed(1)} s with ${workers} at a time: ${(ms / 1000 / images).toFixed(3)} s per image`,
    );
  for (const { from, to } of result.renamed)
    console.log(
      `renamed: ${from} is now ${to} (found by its code; mark the row variant: true if it is a new style)`,
    );
  const summary = `${result.added.length} added, ${result.updated.length} updated, ${result.unchanged.length} unchanged`;
  if (dryRun) {
    console.log(`dry run: ${summary}; nothing stored or written`);
    return 0;
  }
  await writeCatalog(catalogPath, result.catalog);
  console.log(
    `imported: ${summary}; ${result.uploaded} images stored (${store.kind}); catalog ${result.catalog.version} written to ${shown(catalogPath)}`,
  );
  return 0;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, argument, ...rest] = positionals;
  if (values.help || command === "help") {
    console.log(HELP);
    return 0;
  }
  const env = getEnv();
  const catalogPath = resolveFromCwd(env.CATALOG_PATH);
  if (rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  switch (command) {
    case "init": {
      if (argument) break;
      const current = existsSync(catalogPath) ? readCatalog(catalogPath) : undefined;
      const empty = initCatalog(current, { force: values.force === true });
      await writeCatalog(catalogPath, empty);
      console.log(
        `wrote an empty catalog to ${shown(catalogPath)}; add styles with: npm run catalog -- import <folder>`,
      );
      return 0;
    }
    case "import": {
      if (!argument) break;
      return runImport(env, catalogPath, argument, values["dry-run"] === true);
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
      if (!existsSync(catalogPath)) throw new OperatorError(`no catalog at ${catalogPath}`);
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
  console.error(command ? `unknown command or missing argument: ${command}\n${USAGE}` : USAGE);
  return 2;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (isError(error, "catalog_not_empty")) {
    console.error(`${error.message}; run init --force to replace it with an empty one`);
    process.exitCode = 1;
  } else if (
    isError(error, "import_rejected") ||
    isError(error, "not_found") ||
    error instanceof OperatorError
  ) {
    console.error(error.message);
    process.exitCode = 1;
  } else if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
  } else throw error;
}
