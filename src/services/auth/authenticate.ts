import type { UserRecord } from "@/adapters/store/port";
import type { AuthContext } from "./context";
import { UnauthorizedError } from "./errors";
import { readToken } from "./tokens";

/** The user a bearer token stands for, checked against the user's current token version. */
export async function authenticate(
  ctx: Pick<AuthContext, "store" | "keys" | "clock">,
  token: string,
): Promise<UserRecord> {
  const claims = await readToken(ctx.keys, ctx.clock, token);
  const user = await ctx.store.users.get(claims.userId);
  if (!user || user.tokenVersion !== claims.version) throw new UnauthorizedError();
  return user;
}
