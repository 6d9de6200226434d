import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pageJsKb } from "./bytes";
import { startServer } from "./server";

const PROBE_DIR = "tmp/bench/probe";

/** A Next.js app with one page and no components of ours: what any page of the framework loads. */
const PROBE_FILES: Record<string, string> = {
  "package.json": '{ "private": true, "type": "module" }\n',
  "next.config.mjs": "export default { poweredByHeader: false };\n",
  "app/layout.jsx":
    'export default function Layout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  "app/page.jsx": "export default function Page() {\n  return <h1>probe</h1>;\n}\n",
};

/** Builds the probe with this project's Next.js, unless a build of the same files and version is there. */
function buildProbe(): void {
  const nextVersion = JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version as string;
  const stamp = path.join(PROBE_DIR, ".next", "probe-stamp");
  const wanted = `${nextVersion}:${JSON.stringify(PROBE_FILES)}`;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return;
  for (const [file, text] of Object.entries(PROBE_FILES)) {
    mkdirSync(path.dirname(path.join(PROBE_DIR, file)), { recursive: true });
    writeFileSync(path.join(PROBE_DIR, file), text);
  }
  execFileSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build", PROBE_DIR], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(stamp, wanted);
}

/** The JS (gzip KB) the framework's own one-page app loads: the floor every page of ours stands on. */
export async function frameworkFloorKb(port: number): Promise<number> {
  buildProbe();
  const server = await startServer(port, {}, { dir: PROBE_DIR, healthPath: "/" });
  try {
    return await pageJsKb(server.url, "/");
  } finally {
    await server.stop();
  }
}
