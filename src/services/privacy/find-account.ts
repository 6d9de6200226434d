import type { Store, UserRecord } from "@/adapters/store/port";
import { emailKeyOf } from "../auth/crypto";
import { emailInput } from "../auth/inputs";
import { InvalidInputError } from "../errors";

/** The account an email address belongs to, for requests that arrive by mail (the operator CLI). */
export async function findAccountByEmail(
  ctx: { store: Store; hmacKey: Buffer },
  input: { email: string },
): Promise<UserRecord | undefined> {
  const parsed = emailInput.safeParse(input.email);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message ?? "email is not valid");
  const id = await ctx.store.users.findIdByEmail(emailKeyOf(ctx.hmacKey, parsed.data));
  return id ? ctx.store.users.get(id) : undefined;
}
