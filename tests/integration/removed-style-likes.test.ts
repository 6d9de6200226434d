import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localImages } from "@/adapters/images/local";
import { sqliteStore } from "@/adapters/store/sqlite";
import { ANONYMOUS } from "@/domain/entitlements";
import { listLikes, syncLikes } from "@/services/likes/sync-likes";
import { exportData } from "@/services/privacy/export-data";
import { stylesOfImages } from "@/services/styles/styles-of-images";
import { fixtureCatalog, fixtureImage, fixtureStyle } from "../support/catalog-fixture";

describe("likes of a style that was removed from the catalog", () => {
  it("stay harmless: listed as data, skipped in views, and the rest of a batch still applies", async () => {
    const store = sqliteStore({
      file: path.join(mkdtempSync(path.join(tmpdir(), "mjpro-removed-")), "s.db"),
    });
    const kept = fixtureStyle({ id: "sty_keptstyle" });
    const leaving = fixtureStyle({
      id: "sty_leavingstyle",
      images: [fixtureImage(), fixtureImage(), fixtureImage()],
    });
    const before = fixtureCatalog([kept, leaving]);
    const after = fixtureCatalog([kept]);
    const clock = { now: () => Date.UTC(2026, 10, 26) };
    const userId = "usr_removedstylelikes";
    const goneImage = leaving.images[0]?.id as string;
    const keptImage = kept.images[0]?.id as string;

    await syncLikes(
      { store, catalog: before, clock },
      {
        userId,
        ops: [
          { imageId: goneImage, liked: true, at: 1 },
          { imageId: keptImage, liked: true, at: 2 },
        ],
      },
    );

    // the style is removed: the person's likes still load, without the gone image in `likes`
    const listed = await listLikes({ store, catalog: after, clock }, { userId });
    expect(listed.likes.map((l) => l.imageId)).toEqual([keptImage]);
    expect(listed.entries.map((e) => e.imageId).sort()).toEqual([goneImage, keptImage].sort());

    // a device that still has the old like queued syncs without error
    const synced = await syncLikes(
      { store, catalog: after, clock },
      {
        userId,
        ops: [
          { imageId: goneImage, liked: true, at: 3 },
          { imageId: keptImage, liked: false, at: 4 },
        ],
      },
    );
    expect(synced.ignored).toEqual([goneImage]);
    expect(synced.likes).toEqual([]);

    // the Liked page's lookup skips it, and the export still tells the person it was there
    const ctx = { catalog: after, images: localImages(), viewer: ANONYMOUS };
    expect(stylesOfImages(ctx, { imageIds: [goneImage, keptImage] }).map((s) => s.id)).toEqual([
      "sty_keptstyle",
    ]);
    const exported = await exportData(
      { store, catalog: after, now: clock.now() },
      { id: userId, email: "x@example.com", createdAt: 0, ageConfirmedAt: 0, tokenVersion: 0 },
    );
    expect(exported.likes.find((l) => l.imageId === goneImage)).toMatchObject({ styleId: null, liked: true });
    await store.close();
  });
});
