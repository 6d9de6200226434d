#!/usr/bin/env node
// Runs before `npm start`: renders missing demo images and builds the app when the
// build is missing or older than the sources. Both steps do nothing when up to date.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildInputs = ["src", "next.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];
const fingerprintFile = path.join(root, ".next", "mjpro-build-fingerprint");
const skipBuild = process.argv.includes("--no-build");

function filesUnder(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((child) => filesUnder(path.join(entry, child.name)))
    .sort();
}

function sourceFingerprint() {
  const hash = createHash("sha256");
  for (const file of buildInputs.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    );
  });
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);

const renderArgs = () => [
  "scripts/demo-catalog/render-images.ts",
  "--dir",
  process.env.LOCAL_IMAGES_DIR || "content/images",
  "--catalog",
  process.env.CATALOG_PATH || "content/catalog.json",
];

/**
 * Renders missing demo images. By default in the background, covers first, so the
 * server starts at once and grids show blurred placeholders until their images exist;
 * with --wait-images (tests) it finishes before the server starts.
 */
async function renderImages() {
  if (process.env.CLOUDINARY_CLOUD_NAME) return;
  if (!process.argv.includes("--wait-images")) {
    const child = spawn(bin("tsx"), renderArgs(), { cwd: root, stdio: "inherit", detached: true });
    child.unref();
    return;
  }
  await run(bin("tsx"), renderArgs());
}

async function build() {
  if (skipBuild) return;
  // the marker pairs the sources with the build made from them; a build made any other way
  // (a manual `next build`) has another BUILD_ID and so is rebuilt
  const sources = sourceFingerprint();
  const buildIdFile = path.join(root, ".next", "BUILD_ID");
  const marker = () => `${sources}:${readFileSync(buildIdFile, "utf8")}`;
  if (
    existsSync(buildIdFile) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, "utf8") === marker()
  ) {
    console.log("build: up to date");
    return;
  }
  console.log("build: building the app (first start or changed sources)…");
  await run(bin("next"), ["build"]);
  writeFileSync(fingerprintFile, marker());
}

const started = Date.now();
try {
  await build();
  await renderImages();
  console.log(`prepare: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`prepare: ${error.message}`);
  process.exit(1);
}
