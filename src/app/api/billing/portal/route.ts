import { requireUser } from "@/server/auth";
import { billingContext } from "@/server/billing";
import { getEnv } from "@/server/env";
import { methodNotAllowed, privateJson, route } from "@/server/http";
import { openPortal } from "@/services/billing/open-portal";

export const POST = route(async (request) => {
  const user = await requireUser(request);
  return privateJson(
    await openPortal({ ...billingContext(), siteUrl: getEnv().siteUrl }, { userId: user.id }),
  );
});

export const GET = methodNotAllowed(["POST"]);
