#!/usr/bin/env node
// Runs before `npm start`: builds the app when the build is missing or older than the sources,
// and renders the missing demo images. Both do nothing when up to date. Each phase prints a
// line when it starts and one with its time when it ends, and a long one says it is still going,
// so a first start never leaves a silent terminal.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildInputs = ["src", "next.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];
const fingerprintFile = path.join(root, ".next", "mjpro-build-fingerprint");
const skipBuild = process.argv.includes("--no-build");
const waitImages = process.argv.includes("--wait-images");
const STILL_GOING_MS = 20_000;

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

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

/** Resolves when `child` exits 0; rejects otherwise. */
function exited(child, what) {
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited ${code}`))));
  });
}

/** Prints `<phase>: still …, N s so far` every STILL_GOING_MS until `work` settles. */
async function reportWhile(phase, doing, started, work) {
  const timer = setInterval(
    () => console.log(`${phase}: still ${doing}, ${seconds(started)} so far`),
    STILL_GOING_MS,
  );
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);

/**
 * Renders missing demo images: `--home-only` the ones the home page shows (beside the build,
 * a few seconds), or all of them. Without --wait-images (tests) the full render runs after the
 * build, in the background at a lower priority, so the server starts at once and answers
 * before it; a grid shows an image's blurred placeholder until its file exists.
 */
function renderImages(homeOnly) {
  if (process.env.CLOUDINARY_CLOUD_NAME) return undefined;
  const args = [
    "scripts/demo-catalog/render-images.ts",
    "--dir",
    process.env.LOCAL_IMAGES_DIR || "content/images",
    "--catalog",
    process.env.CATALOG_PATH || "content/catalog.json",
    ...(homeOnly ? ["--home-only"] : []),
  ];
  const background = !homeOnly && !waitImages;
  const child = spawn(bin("tsx"), args, { cwd: root, stdio: "inherit", detached: background });
  if (background) {
    try {
      setPriority(child.pid, 10);
    } catch {
      // a lower priority is a courtesy; without it the images only compete harder with requests
    }
  }
  return child;
}

async function build() {
  const started = Date.now();
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
    console.log(`build: up to date (${seconds(started)})`);
    return;
  }
  console.log("build: building the app (first start or changed sources)…");
  const child = spawn(bin("next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", MJPRO_START_BUILD: "1" },
  });
  await reportWhile("build", "building", started, exited(child, "next build"));
  writeFileSync(fingerprintFile, marker());
  console.log(`build: done in ${seconds(started)}`);
}

const started = Date.now();
const running = [];
try {
  const home = renderImages(true);
  if (home) running.push(home);
  const homeReady = home ? exited(home, "rendering the home page's images") : Promise.resolve();
  // a failure must not go unhandled while the build runs; it is reported where it is awaited
  homeReady.catch(() => {});
  await build();
  await homeReady;
  const all = renderImages(false);
  if (all && waitImages) {
    running.push(all);
    await reportWhile("images", "rendering", Date.now(), exited(all, "rendering the demo images"));
  } else if (all) {
    all.unref();
    console.log("images: the others are checked and rendered in the background while the server starts");
  }
  console.log(`prepare: ready in ${seconds(started)}`);
} catch (error) {
  for (const child of running) if (child.exitCode === null) child.kill();
  console.error(`prepare: ${error.message}`);
  process.exit(1);
}
