import { afterAll, afterEach, expect } from "vitest";
import { secretsIn } from "../../scripts/bench/fresh/output";

/**
 * Vitest setup (vitest.config.mts): whatever a test prints through the console is read
 * after it, and a test that printed a sign-in code or a token fails.
 */
/** one record per worker: unit test files share a worker's modules (isolate: false) and run this file each */
const PRINTED = Symbol.for("mjpro.tests.printed");
const holder = globalThis as typeof globalThis & { [PRINTED]?: string[] };
const printed: string[] = holder[PRINTED] ?? installConsoleRecorder();

function installConsoleRecorder(): string[] {
  const record: string[] = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      record.push(args.map(String).join(" "));
      original(...args);
    };
  }
  holder[PRINTED] = record;
  return record;
}

const check = () => {
  const text = printed.splice(0).join("\n");
  expect(secretsIn(text), "what this test printed").toEqual([]);
};
afterEach(check);
afterAll(check);
