import { requireUser } from "@/server/auth";
import { methodNotAllowed, privateJson, route } from "@/server/http";
import { privacyContext } from "@/server/privacy";
import { getStore } from "@/server/store";
import { getMe } from "@/services/account/get-me";
import { planOf } from "@/services/billing/plan";
import { deleteAccount } from "@/services/privacy/delete-account";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return privateJson(getMe(user, await planOf({ store: getStore(), now: Date.now() }, user.id)));
});

/** Deletes the account and everything of it; the token dies with it. */
export const DELETE = route(async (request) => {
  const user = await requireUser(request);
  await deleteAccount(privacyContext(), user);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

export const POST = methodNotAllowed(["GET", "DELETE"]);
