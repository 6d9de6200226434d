import { getCatalog } from "@/server/catalog";
import { route } from "@/server/http";

export const dynamic = "force-dynamic";

export const GET = route(() => {
  const catalog = getCatalog();
  return Response.json(
    { status: "ok", catalog: { version: catalog.version, styles: catalog.styles.length } },
    { headers: { "Cache-Control": "no-store" } },
  );
});
