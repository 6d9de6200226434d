import { getCatalog } from "@/server/catalog";
import { methodNotAllowed, route } from "@/server/http";

export const dynamic = "force-dynamic";

export const GET = route(() => {
  const catalog = getCatalog();
  return Response.json(
    { status: "ok", catalog: { version: catalog.version, styles: catalog.styles.length } },
    { headers: { "Cache-Control": "no-store" } },
  );
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
