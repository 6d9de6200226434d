import { afterAll, afterEach, expect } from "vitest";
import { secretsIn } from "../../scripts/bench/fresh/output";

/**
 * Vitest setup (vitest.config.mts): whatever a test prints through the console is read
 * after it, and a test that printed a sign-in code or a token fails.
 */
const printed: string[] = [];
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    printed.push(args.map(String).join(" "));
    original(...args);
  };
}

const check = () => {
  const text = printed.splice(0).join("\n");
  expect(secretsIn(text), "what this test printed").toEqual([]);
};
afterEach(check);
afterAll(check);
