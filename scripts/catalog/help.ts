/** What `npm run catalog -- --help` prints: enough to run the catalog without reading the code. */
export const HELP = `Catalog commands for the people who run mjpro.

usage: npm run catalog -- <command> [options]

commands:
  init [--force]             write an empty catalog to CATALOG_PATH (a new site starts here, not
                             from the demo's styles); --force replaces a catalog that has styles
  import <folder> [--dry-run]
                             read <folder>/styles.yaml and its images, check everything, store the
                             images, then write the catalog; --dry-run checks and measures only
  remove <slug>              take a style out of the catalog (its stored images stay)
  validate                   check the catalog as the app will load it: its fields, Midjourney's
                             rules for every recipe, and (local images) that every file is there
  stats                      counts by tier, category, model, recipe kind and colour

options:
  -h, --help                 this text

settings (environment variables, or .env):
  CATALOG_PATH               the catalog file (default content/catalog.json); written whole,
                             only after every image is stored; commit it and deploy
  LOCAL_IMAGES_DIR           where imported originals go without Cloudinary (default
                             content/images; originals land in its lib/ folder, which git ignores)
  CLOUDINARY_CLOUD_NAME, CLOUDINARY_API_KEY, CLOUDINARY_API_SECRET, CLOUDINARY_FOLDER
                             with all three set, originals are uploaded to Cloudinary instead

The styles.yaml format (fields, images, prompts, cover, variants) is in docs/operations.md,
"Adding styles"; the schema is src/domain/catalog/import-schema.ts and Midjourney's rules
(the model table) are src/domain/midjourney/models.ts.
`;

export const USAGE = "usage: npm run catalog -- <init|import|remove|validate|stats> … (--help for more)";
