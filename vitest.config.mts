import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    environment: "node",
    // the app's JSON logs would bury the test report; tests of the logger give it their own stream.
    // Local mode prints sign-in codes to the console by default: a test run must print none.
    env: { LOG_LEVEL: "silent", SIGN_IN_CODES_IN_LOG: "no" },
    setupFiles: ["tests/support/no-secrets-printed.ts"],
    // one more worker than the 2 cores this suite is timed on: many files mostly wait (child
    // processes, Redis, sockets), and the default (cores - 1) leaves one core idle
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        // pure functions and files of their own: they share a worker's modules instead of each
        // importing them afresh, which was most of their time
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false },
      },
      {
        extends: true,
        // the app's singletons (store, settings, limits) are set per file: each file gets its own
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"] },
      },
    ],
  },
});
