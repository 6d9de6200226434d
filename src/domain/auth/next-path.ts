/** Where signing in ends when no page asked for anything else. */
export const DEFAULT_NEXT = "/account";

const SIGN_IN_PATH = "/signin";
// any origin would do: a value that resolves to another origin is not a path on this site
const PROBE_ORIGIN = "https://next.invalid";

/**
 * The page to open after signing in: only a path (and query) on this site, never another
 * origin, so sign-in cannot be used to redirect away; the sign-in page itself is refused too.
 */
export function safeNextPath(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  if (!next?.startsWith("/")) return DEFAULT_NEXT;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return DEFAULT_NEXT;
  }
  // what browsers read as another origin ("//host", "/\host", "/\t/host") resolves to it here too
  if (url.origin !== PROBE_ORIGIN) return DEFAULT_NEXT;
  if (isSignInPage(url.pathname)) return DEFAULT_NEXT;
  return `${url.pathname}${url.search}`;
}

const isSignInPage = (path: string) => /^\/signin(?:[/?#]|$)/.test(path);

/** The sign-in page, asked to come back to `path` (a path with its query) afterwards. */
export function signInHref(path: string): string {
  // already on the sign-in page: keep where that one was going
  if (isSignInPage(path)) return path;
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(safeNextPath(path))}`;
}
