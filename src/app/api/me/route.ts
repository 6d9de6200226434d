import { requireUser } from "@/server/auth";
import { methodNotAllowed, privateJson, route } from "@/server/http";
import { getStore } from "@/server/store";
import { getMe } from "@/services/account/get-me";
import { planOf } from "@/services/billing/plan";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return privateJson(getMe(user, await planOf({ store: getStore(), now: Date.now() }, user.id)));
});

export const POST = methodNotAllowed(["GET"]);
