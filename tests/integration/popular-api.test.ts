import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonRequest, signInThroughApi } from "../support/api-session";

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-popular-api-"));
process.env.DATA_DIR = dataDir;

const codeRoute = await import("@/app/api/auth/code/route");
const verifyRoute = await import("@/app/api/auth/verify/route");
const syncRoute = await import("@/app/api/likes/sync/route");
const meRoute = await import("@/app/api/me/route");
const stylesRoute = await import("@/app/api/styles/route");
const { getCatalog } = await import("@/server/catalog");

async function member(email: string) {
  const token = await signInThroughApi(
    dataDir,
    { requestCode: codeRoute.POST, verify: verifyRoute.POST },
    email,
  );
  return { authorization: `Bearer ${token}` };
}

async function popularIds(limit: number): Promise<string[]> {
  const response = await stylesRoute.GET(
    new Request(`http://localhost/api/styles?sort=popular&limit=${limit}`),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
}

describe("GET /api/styles?sort=popular", () => {
  it("puts the styles most accounts like first, each account counting once, and forgets a deleted account", async () => {
    const styles = getCatalog()
      .newestFirst.slice(-3)
      .map((entry) => entry.style);
    const [loved, liked, once] = styles as [(typeof styles)[0], (typeof styles)[0], (typeof styles)[0]];
    const like = (imageIds: string[]) => ({
      ops: imageIds.map((imageId) => ({ imageId, liked: true, at: Date.now() - 1000 })),
    });
    const ids = (style: typeof loved) => style.images.map((image) => image.id);
    const p1 = await member("p1@example.com");
    const p2 = await member("p2@example.com");
    const p3 = await member("p3@example.com");
    // p1 likes every image of `once`: still one account
    await syncRoute.POST(jsonRequest("POST", like([...ids(once), ...ids(loved)]), p1));
    await syncRoute.POST(jsonRequest("POST", like([...ids(loved), ...ids(liked)]), p2));
    await syncRoute.POST(
      jsonRequest("POST", like([...(ids(loved).slice(0, 1) as string[]), ...ids(liked)]), p3),
    );

    // the oldest styles, liked, come first; the rest follow newest first
    expect(await popularIds(4)).toEqual([loved.id, liked.id, once.id, getCatalog().newestFirst[0]?.style.id]);

    // counts are read at most once a minute: a deleted account leaves them at the next read
    const deleted = await meRoute.DELETE(jsonRequest("DELETE", undefined, p2));
    expect(deleted.status).toBeLessThan(300);
    const { getStore } = await import("@/server/store");
    const counts = await getStore().popularity.likers();
    expect([counts.get(loved.id), counts.get(liked.id), counts.get(once.id)]).toEqual([2, 1, 1]);
  });
});
