import { isError } from "@/domain/errors";
import "server-only";
import { ANONYMOUS, type Viewer } from "@/domain/entitlements";
import { planOf } from "@/services/billing/plan";
import { bearerToken, requireUser } from "./auth";
import { getStore } from "./store";

/**
 * Who sent this request, decided on the server for every request. A missing or dead
 * token, or a store that cannot answer, makes the caller anonymous here: browsing
 * never fails because of them, it only shows what anyone may see.
 */
export async function viewerOf(request: Request): Promise<Viewer> {
  if (!bearerToken(request)) return ANONYMOUS;
  try {
    return await memberOf(request);
  } catch (error) {
    if (isError(error, "unauthorized") || isError(error, "store_unavailable")) return ANONYMOUS;
    throw error;
  }
}

/** The signed-in member who sent this request; a missing or dead token is a 401. */
export async function memberOf(request: Request): Promise<Viewer & { kind: "member" }> {
  const user = await requireUser(request);
  const { plan } = await planOf({ store: getStore(), now: Date.now() }, user.id);
  return { kind: "member", userId: user.id, plan };
}
