import type { UserRecord } from "@/adapters/store/port";
import type { AuthContext } from "./context";

/** Every token issued so far stops working: they all carry the old version. */
export async function signOutEverywhere(ctx: Pick<AuthContext, "store">, user: UserRecord): Promise<void> {
  await ctx.store.users.bumpTokenVersion(user.id);
}
