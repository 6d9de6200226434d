import { authContext, requireUser } from "@/server/auth";
import { methodNotAllowed, route } from "@/server/http";
import { signOutEverywhere } from "@/services/auth/sign-out-everywhere";

export const POST = route(async (request) => {
  const user = await requireUser(request);
  await signOutEverywhere(authContext(), user);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

export const GET = methodNotAllowed(["POST"]);
