/** Runs once when a server instance starts; the Node.js part lives apart so the edge bundle never sees it. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkProductionSettings } = await import("./server/startup-check");
    checkProductionSettings();
    const { stampSocketAddresses } = await import("./server/socket-address");
    stampSocketAddresses();
    // a long-lived server retries owed mail itself; Vercel's functions are not long-lived, its cron does it
    if (!process.env.VERCEL && process.env.NEXT_PHASE !== "phase-production-build") {
      const { startOutboxTimer } = await import("./server/outbox");
      startOutboxTimer();
    }
  }
}
