import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { jsonRequest, signInThroughApi } from "../support/api-session";

const dataDir = mkdtempSync(path.join(tmpdir(), "mjpro-likes-api-"));
process.env.DATA_DIR = dataDir;

const codeRoute = await import("@/app/api/auth/code/route");
const verifyRoute = await import("@/app/api/auth/verify/route");
const likesRoute = await import("@/app/api/likes/route");
const likeRoute = await import("@/app/api/likes/[imageId]/route");
const syncRoute = await import("@/app/api/likes/sync/route");

const catalog = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const [a, b, c] = catalog.styles.flatMap((s) => s.images.map((i) => i.id)) as [string, string, string];

let auth: Record<string, string> = {};

const list = async () =>
  (await likesRoute.GET(new Request("http://localhost/api/likes", { headers: auth }))).json();
const setLike = (method: "PUT" | "DELETE", imageId: string, body?: unknown) =>
  (method === "PUT" ? likeRoute.PUT : likeRoute.DELETE)(jsonRequest(method, body, auth), {
    params: Promise.resolve({ imageId }),
  });
const sync = (body: unknown) => syncRoute.POST(jsonRequest("POST", body, auth));

describe("likes API", () => {
  beforeAll(async () => {
    const token = await signInThroughApi(
      dataDir,
      { requestCode: codeRoute.POST, verify: verifyRoute.POST },
      "liker@example.com",
    );
    auth = { authorization: `Bearer ${token}` };
  });

  it("needs a signed-in person", async () => {
    expect((await likesRoute.GET(new Request("http://localhost/api/likes"))).status).toBe(401);
  });

  it("likes, unlikes and likes again, newest first", async () => {
    expect((await setLike("PUT", a)).status).toBe(200);
    expect((await setLike("PUT", b, { at: Date.now() + 5 })).status).toBe(200);
    expect((await list()).likes.map((l: { imageId: string }) => l.imageId)).toEqual([b, a]);
    expect((await setLike("DELETE", a)).status).toBe(200);
    expect((await list()).likes.map((l: { imageId: string }) => l.imageId)).toEqual([b]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setLike("PUT", a);
    expect((await list()).likes.map((l: { imageId: string }) => l.imageId).sort()).toEqual([a, b].sort());
  });

  it("merges a sync batch, ignoring stale replays and clamping future times", async () => {
    const now = Date.now();
    const response = await sync({
      ops: [
        { imageId: c, liked: true, at: now + 10 * 365 * 24 * 3600 * 1000 },
        { imageId: a, liked: false, at: 1 }, // stale: a was liked just now
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    const entryC = body.entries.find((e: { imageId: string }) => e.imageId === c);
    expect(entryC.at).toBeLessThanOrEqual(Date.now());
    expect(body.likes.map((l: { imageId: string }) => l.imageId)).toContain(a);
  });

  it("leaves a like of an image the catalog does not have out of a batch, applying the rest", async () => {
    const response = await sync({
      ops: [
        { imageId: "img_removedlongago", liked: true, at: Date.now() },
        { imageId: b, liked: true, at: Date.now() },
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.ignored).toEqual(["img_removedlongago"]);
    expect(body.likes.map((l: { imageId: string }) => l.imageId)).toContain(b);
    expect(body.entries.map((e: { imageId: string }) => e.imageId)).not.toContain("img_removedlongago");
    // liking it directly is a 404; unliking it is allowed (a like from before it was removed goes away)
    expect((await setLike("PUT", "img_removedlongago")).status).toBe(404);
    expect((await setLike("DELETE", "img_removedlongago")).status).toBe(200);
  });

  it.each([
    [
      "more than 500 ops",
      { ops: Array.from({ length: 501 }, () => ({ imageId: a, liked: false, at: 1 })) },
      "at most 500",
    ],
    ["a malformed op", { ops: [{ imageId: a, liked: "yes", at: 1 }] }, "liked must be true or false"],
    ["an extra field", { ops: [{ imageId: a, liked: false, at: 1, by: "x" }] }, "unknown parameter"],
    ["no ops list", { op: [] }, ""],
  ])("answers 400 to %s and changes nothing", async (_name, body, message) => {
    const before = await list();
    const response = await sync(body);
    expect([400, 413]).toContain(response.status);
    expect((await response.json()).error.message).toContain(message);
    expect(await list()).toEqual(before);
  });

  it("answers 400 to a malformed image id in the path", async () => {
    const response = await setLike("PUT", "../../etc");
    expect(response.status).toBe(400);
  });
});
