import { describe, expect, it } from "vitest";
import {
  compileLines,
  longestSilenceMs,
  pageImageUrls,
  phaseSeconds,
} from "../../scripts/bench/fresh/output";

describe("reading a fresh clone's output (npm run bench:fresh)", () => {
  it("finds a native module being compiled in an npm ci log, and nothing in a clean one", () => {
    const compiling = [
      "> better-sqlite3@12.6.2 install",
      "> prebuild-install || node-gyp rebuild --release",
      "gyp info it worked if it ends with ok",
      "make: Entering directory '/x/node_modules/better-sqlite3/build'",
      "  CXX(target) Release/obj.target/better_sqlite3/src/better_sqlite3.o",
    ].join("\n");
    expect(compileLines(compiling)).toHaveLength(3);
    expect(
      compileLines("> esbuild@0.27.0 postinstall\n> node install.js\n\nadded 370 packages in 41s"),
    ).toEqual([]);
  });

  it("measures the longest silence, up to the end when given", () => {
    const lines = [
      { at: 2_000, text: "build: building" },
      { at: 22_000, text: "build: still building, 20.0 s so far" },
      { at: 30_000, text: "build: done in 30.0 s" },
    ];
    expect(longestSilenceMs(lines)).toBe(20_000);
    expect(longestSilenceMs(lines, 75_000)).toBe(45_000);
    expect(longestSilenceMs([], 5_000)).toBe(5_000);
  });

  it("reads the optimizer URLs of a page's images and a phase's seconds", () => {
    const html =
      '<img alt="a" src="/_next/image?url=%2Fmedia%2Fdemo%2Fa.jpg&amp;w=640&amp;q=75" srcset="x 1w"/>' +
      '<img src="/icon.svg"><img class="card-image" src="/_next/image?url=%2Fmedia%2Fb.jpg&amp;w=384&amp;q=75">';
    expect(pageImageUrls(html)).toEqual([
      "/_next/image?url=%2Fmedia%2Fdemo%2Fa.jpg&w=640&q=75",
      "/_next/image?url=%2Fmedia%2Fb.jpg&w=384&q=75",
    ]);
    expect(phaseSeconds([{ at: 1, text: "build: done in 74.2 s" }], /^build: done in/)).toBe(74.2);
    expect(phaseSeconds([], /^build: done in/)).toBeUndefined();
  });
});
