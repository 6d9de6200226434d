import { requireUser } from "@/server/auth";
import { methodNotAllowed, privateJson, route } from "@/server/http";
import { getMe } from "@/services/account/get-me";

export const GET = route(async (request) => privateJson(getMe(await requireUser(request))));

export const POST = methodNotAllowed(["GET"]);
