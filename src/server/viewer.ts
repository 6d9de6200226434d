import "server-only";
import { ANONYMOUS, type Viewer } from "@/domain/entitlements";

/**
 * Who sent this request. Accounts arrive with sign-in (a Bearer token in the
 * Authorization header); until then every caller is anonymous.
 */
export async function viewerOf(_request: Request): Promise<Viewer> {
  return ANONYMOUS;
}
