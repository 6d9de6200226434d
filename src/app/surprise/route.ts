import { randomInt } from "node:crypto";
import { PRIVATE_CACHE_CONTROL } from "@/server/cache-policy";
import { pageContext } from "@/server/context";
import { surpriseStyle } from "@/services/styles/surprise-style";

/** a new draw per request, never one made at build time */
export const dynamic = "force-dynamic";

/**
 * "Surprise me" without JavaScript: a redirect to a random free style. Free only, because
 * this request carries no token (it lives in localStorage); a Pro member's browser picks
 * among every style itself (src/ui/SurpriseLink.tsx). Never stored: each visit is a new draw.
 */
export function GET(): Response {
  const style = surpriseStyle(pageContext(), { tier: "free" }, (n) => randomInt(n));
  return new Response(null, {
    status: 307,
    headers: {
      Location: style ? `/styles/${style.slug}` : "/search",
      "Cache-Control": PRIVATE_CACHE_CONTROL,
    },
  });
}
