import "server-only";
import { StoreUnavailableError } from "@/adapters/store/port";
import { ANONYMOUS, type Viewer } from "@/domain/entitlements";
import { authenticate } from "@/services/auth/authenticate";
import { UnauthorizedError } from "@/services/auth/errors";
import { planOf } from "@/services/billing/plan";
import { authContext, bearerToken, requireUser } from "./auth";

/**
 * Who sent this request, decided on the server for every request. A missing or dead
 * token, or a store that cannot answer, makes the caller anonymous here: browsing
 * never fails because of them, it only shows what anyone may see.
 */
export async function viewerOf(request: Request): Promise<Viewer> {
  const token = bearerToken(request);
  if (!token) return ANONYMOUS;
  try {
    const ctx = authContext();
    const user = await authenticate(ctx, token);
    const { plan } = await planOf({ store: ctx.store, now: ctx.clock.now() }, user.id);
    return { kind: "member", userId: user.id, plan };
  } catch (error) {
    if (error instanceof UnauthorizedError || error instanceof StoreUnavailableError) return ANONYMOUS;
    throw error;
  }
}

/** The signed-in member who sent this request; a missing or dead token is a 401. */
export async function memberOf(request: Request): Promise<Viewer & { kind: "member" }> {
  const user = await requireUser(request);
  const { plan } = await planOf({ store: authContext().store, now: Date.now() }, user.id);
  return { kind: "member", userId: user.id, plan };
}
