import { catalogContext } from "@/server/context";
import { methodNotAllowed, parseOrThrow, route } from "@/server/http";
import { catalogJson } from "@/server/respond";
import { viewerOf } from "@/server/viewer";
import { getStyle } from "@/services/styles/get-style";
import { styleIdInput } from "@/services/styles/inputs";

export const GET = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const viewer = await viewerOf(request);
  const input = parseOrThrow(styleIdInput, await context.params);
  return catalogJson(getStyle(catalogContext(viewer), input), viewer);
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
