import { requireUser } from "@/server/auth";
import { getCatalog } from "@/server/catalog";
import { methodNotAllowed, route } from "@/server/http";
import { getStore } from "@/server/store";
import { exportData } from "@/services/privacy/export-data";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  const data = await exportData({ store: getStore(), catalog: getCatalog(), now: Date.now() }, user);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": 'attachment; filename="mjpro-my-data.json"',
      "Cache-Control": "no-store",
    },
  });
});

export const POST = methodNotAllowed(["GET"]);
