import { defineConfig, devices } from "@playwright/test";
import { TEST_SETTINGS } from "./tests/e2e/support/test-server";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
/** A second server with no proxy configured, for what clients connecting directly get (tests/e2e/edge.spec.ts). */
export const directURL = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "app", testIgnore: "after-all/**" },
    // checks what the whole run left behind (the server log), so it runs after every other test
    { name: "after-all", testMatch: "after-all/**/*.spec.ts", dependencies: ["app"] },
  ],
  webServer: [
    {
      // the production server, as `npm start` runs it, whose log is kept for tests/e2e/after-all;
      // a fresh store each start: a run sends about half of the 30 codes an hour one address may ask for
      command: "rm -rf tmp/e2e-data && mkdir -p tmp && npm start 2>&1 | tee tmp/e2e-server.log",
      url: `${baseURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        PORT: String(port),
        DATA_DIR: "tmp/e2e-data",
        SITE_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        // tests read codes from the outbox, as people read their mail; the log must not show them
        SIGN_IN_CODES_IN_LOG: "no",
        // the tests act as the operator's proxy: each may name its client in X-Forwarded-For
        TRUSTED_PROXY_HOPS: "1",
        // a send window of seconds, not a minute: no test waits out the real limit
        ...TEST_SETTINGS,
      },
    },
    {
      // started after the first, so the build is done: clients connect directly, nothing is trusted
      command: "rm -rf tmp/e2e-direct-data && npm start > tmp/e2e-direct-server.log 2>&1",
      url: `${directURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        PORT: String(port + 1),
        DATA_DIR: "tmp/e2e-direct-data",
        SITE_URL: directURL,
        NEXT_TELEMETRY_DISABLED: "1",
        SIGN_IN_CODES_IN_LOG: "no",
      },
    },
  ],
});
