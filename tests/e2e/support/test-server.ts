/**
 * What the end-to-end server runs with besides the embedded defaults (playwright.config.ts;
 * docs/operations.md "Testing in detail"): test settings that shorten the one-code-per-minute send window, so no
 * test waits out the real minute. The other limits stay as DESIGN.md sets them.
 */
export const SEND_WINDOW_SECONDS = 6;

export const TEST_SETTINGS = {
  MJPRO_TEST_SETTINGS: "yes",
  TEST_AUTH_LIMITS: `sendPerClientMinute=1/${SEND_WINDOW_SECONDS}`,
};
