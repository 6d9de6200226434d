/** Reading what commands printed: a fresh clone's (scripts/bench/fresh-clone.ts), and every test's (tests/support/no-secrets-printed.ts). */

export interface TimedLine {
  /** ms since the command started */
  at: number;
  text: string;
}

/** Lines that show a native module being compiled during an install. */
const COMPILING =
  /\bnode-gyp\b|\bgyp info\b|\bprebuild-install\b|\bmake: Entering\b|\b(?:g\+\+|cc1plus|c\+\+)\b/i;

export function compileLines(log: string): string[] {
  return log.split("\n").filter((line) => COMPILING.test(line));
}

/** The longest time with nothing printed, from the command's start to its last line (or `end`). */
export function longestSilenceMs(lines: readonly TimedLine[], end?: number): number {
  let longest = 0;
  let previous = 0;
  for (const line of lines) {
    longest = Math.max(longest, line.at - previous);
    previous = line.at;
  }
  return end === undefined ? longest : Math.max(longest, end - previous);
}

/** The optimizer URLs of the images a page's HTML shows (each <img>'s src), decoded. */
export function pageImageUrls(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<img\b[^>]*>/g) ?? []) {
    const src = tag.match(/\ssrc="([^"]+)"/)?.[1];
    if (src?.startsWith("/_next/image")) urls.push(src.replaceAll("&amp;", "&"));
  }
  return urls;
}

/** The seconds a phase line reports, e.g. `build: done in 74.2 s` → 74.2 for /^build: done in/. */
export function phaseSeconds(lines: readonly TimedLine[], start: RegExp): number | undefined {
  const line = lines.find((l) => start.test(l.text));
  const seconds = line?.text.match(/(\d+(?:\.\d+)?) s\b/)?.[1];
  return seconds === undefined ? undefined : Number(seconds);
}

/** What must never reach a test run's output: sign-in codes, tokens, bearer headers. */
const SECRETS: readonly [string, RegExp][] = [
  ["a sign-in code", /\bcode\b[^\n]{0,80}?(?<![\d.])\d{6}(?![\d.])/i],
  ["a token", /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*/],
  ["a bearer header", /\bbearer\s+[\w.~+/-]{8,}/i],
];

/** The kinds of secret `text` shows, none when it is clean. */
export function secretsIn(text: string): string[] {
  return SECRETS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}
