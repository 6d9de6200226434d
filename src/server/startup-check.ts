import { getEnv } from "./env";
import { missingProductionSettings } from "./production-settings";

/**
 * A production instance without its settings stops at start-up, naming every missing
 * one, instead of answering 500s one request at a time.
 */
export function checkProductionSettings(): void {
  const missing = missingProductionSettings(getEnv());
  if (missing.length === 0) return;
  console.error(
    `mjpro: production settings missing or refused (see docs/operations.md "Deploying"):\n${missing.map((m) => `  - ${m}`).join("\n")}`,
  );
  process.exit(1);
}
