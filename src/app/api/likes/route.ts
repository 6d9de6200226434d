import { requireUser } from "@/server/auth";
import { methodNotAllowed, privateJson, route } from "@/server/http";
import { likesContext } from "@/server/likes";
import { listLikes } from "@/services/likes/sync-likes";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return privateJson(await listLikes(likesContext(), { userId: user.id }));
});

export const POST = methodNotAllowed(["GET"]);
