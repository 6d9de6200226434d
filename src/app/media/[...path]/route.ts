import path from "node:path";
import { readWebMaster } from "@/adapters/images/web-master";
import { getCatalog } from "@/server/catalog";
import { getEnv, resolveFromCwd } from "@/server/env";
import { errorResponse, route } from "@/server/http";

let knownFiles: Set<string> | undefined;

/** Only files the catalog names are served: no directory walking, no guessing. */
function isCatalogFile(file: string): boolean {
  knownFiles ??= new Set(getCatalog().styles.flatMap((s) => s.style.images.map((i) => i.file)));
  return knownFiles.has(file);
}

export const GET = route(async (_request: Request, context: { params: Promise<{ path: string[] }> }) => {
  const file = (await context.params).path.join("/");
  if (!isCatalogFile(file)) return errorResponse(404, "not_found", "No such image.");
  const env = getEnv();
  const body = await readWebMaster(
    resolveFromCwd(env.LOCAL_IMAGES_DIR),
    path.join(resolveFromCwd(env.DATA_DIR), "cache", "web"),
    file,
  );
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "image/jpeg",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
