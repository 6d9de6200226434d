import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * `npm ci` compiles nothing (issue 20): machines of this kind reach the npm registry and
 * Debian's packages only, so a native module that downloads or compiles its binary at
 * install time makes the first install take minutes. Native code comes as prebuilt
 * binaries inside registry packages (libsql's @libsql/<platform>, sharp's @img/<platform>).
 */
interface LockedPackage {
  hasInstallScript?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
}
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, LockedPackage>;
};
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const name = (lockPath: string) => lockPath.replace(/^.*node_modules\//, "");
/** install scripts that compile nothing: esbuild's only checks that its platform binary (@esbuild/<platform>) is in place */
const SCRIPTS_THAT_COMPILE_NOTHING = ["esbuild"];

describe("the install", () => {
  it("runs no install script but esbuild's, and npm allows exactly those", () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, info]) => info.hasInstallScript)
      .map(([lockPath]) => name(lockPath));
    expect(withScripts).toEqual(SCRIPTS_THAT_COMPILE_NOTHING);
    expect(Object.keys(pkg.allowScripts)).toEqual(SCRIPTS_THAT_COMPILE_NOTHING);
  });

  it("pulls in no build tool for native modules", () => {
    const names = Object.keys(lock.packages).map(name);
    for (const tool of ["node-gyp", "prebuild-install", "node-pre-gyp", "@mapbox/node-pre-gyp", "cmake-js"])
      expect(names, tool).not.toContain(tool);
    expect(names).not.toContain("better-sqlite3");
  });

  it("gets the SQLite and image binaries for this machine prebuilt from the registry", () => {
    for (const binary of ["@libsql/linux-x64-gnu", "@img/sharp-linux-x64", "@img/sharp-libvips-linux-x64"]) {
      const locked = lock.packages[`node_modules/${binary}`];
      expect(locked, binary).toMatchObject({ optional: true, os: ["linux"], cpu: ["x64"] });
    }
    expect(Object.keys(pkg.dependencies)).toContain("libsql");
    expect(pkg.engines.node).toBe(">=20.19.0");
  });
});
