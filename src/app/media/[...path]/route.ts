import { SHARED_READ_HEADERS } from "@/server/cache-policy";
import { getCatalog } from "@/server/catalog";
import { route } from "@/server/http";
import { readLocalWebMaster } from "@/server/images";
import { readWebImage } from "@/services/images/read-web-image";

/** Web-size renditions of local originals, read by Next's image optimizer. */
export const GET = route(async (_request: Request, context: { params: Promise<{ path: string[] }> }) => {
  const file = (await context.params).path.join("/");
  const body = await readWebImage({ catalog: getCatalog(), readWebMaster: readLocalWebMaster }, { file });
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "image/jpeg", ...SHARED_READ_HEADERS },
  });
});
