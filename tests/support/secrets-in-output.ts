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
