/**
 * Data requests that arrive by mail, handled by the operator against whichever store is
 * configured (the same settings as the app: REDIS_URL, AUTH_SECRET, DATA_DIR ...).
 *
 *   npm run account -- export <email> [--out <file>|-]   the JSON "Export my data" gives
 *   npm run account -- delete <email> [--yes]            what "Delete my account" does
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ERROR_STATUS, hasErrorCode } from "@/domain/errors";
import { getCatalog } from "@/server/catalog";
import { getEnv, resolveFromCwd } from "@/server/env";
import { privacyContext } from "@/server/privacy";
import { deleteAccount } from "@/services/privacy/delete-account";
import { exportData } from "@/services/privacy/export-data";
import { findAccountByEmail } from "@/services/privacy/find-account";

const USAGE =
  "usage: npm run account -- export <email> [--out <file>|-]\n       npm run account -- delete <email> [--yes]";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, yes: { type: "boolean", default: false } },
  });
  const [command, email, ...rest] = positionals;
  if ((command !== "export" && command !== "delete") || !email || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const ctx = privacyContext();
  try {
    const user = await findAccountByEmail(ctx, { email });
    if (!user) {
      console.error(`No account uses ${email} (${ctx.store.kind} store): nothing is kept for it.`);
      return command === "delete" ? 0 : 1;
    }
    if (command === "export") {
      const data = await exportData({ store: ctx.store, catalog: getCatalog(), now: Date.now() }, user);
      const json = `${JSON.stringify(data, null, 2)}\n`;
      if (values.out === "-") process.stdout.write(json);
      else {
        // by default under DATA_DIR (never committed), readable by the operator only
        const file =
          values.out ??
          path.join(resolveFromCwd(getEnv().DATA_DIR), "exports", `mjpro-export-${user.id}.json`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, json, { mode: 0o600 });
        console.error(`Exported account ${user.id} (${data.likes.length} likes) to ${file}`);
      }
      return 0;
    }
    if (!values.yes) {
      const likes = await ctx.store.likes.get(user.id);
      const subscription = await ctx.store.billing.get(user.id);
      console.error(
        `Would delete account ${user.id}: ${likes.length} likes, subscription ${subscription?.status ?? "none"}.` +
          " Run again with --yes to delete it.",
      );
      return 3;
    }
    await deleteAccount(ctx, user);
    console.error(`Deleted account ${user.id} and everything of it; its tokens no longer work.`);
    return 0;
  } catch (error) {
    // a mistake of the operator's (a 4xx); an outage still fails loudly
    if (hasErrorCode(error) && ERROR_STATUS[error.code] < 500) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await ctx.store.close();
  }
}

process.exitCode = await main();
