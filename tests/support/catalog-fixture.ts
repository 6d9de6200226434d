import { type Catalog, createCatalog } from "@/domain/catalog/catalog";
import type { CatalogImage, RecipeSource, StyleRecord } from "@/domain/catalog/schema";
import { findCategory } from "@/domain/catalog/taxonomy";

let counter = 0;

export function fixtureImage(overrides: Partial<CatalogImage> = {}): CatalogImage {
  counter += 1;
  const id = `img_fixture${String(counter).padStart(6, "0")}`;
  return {
    id,
    file: `fixtures/${id}.jpg`,
    width: 1600,
    height: 1067,
    color: "#336699",
    placeholder: "data:image/webp;base64,AAAA",
    alt: `Fixture image ${counter}`,
    ...overrides,
  };
}

export function fixtureStyle(overrides: Partial<StyleRecord> & { id: string }): StyleRecord {
  const recipe: RecipeSource = {
    kind: "sref",
    codes: ["1234567"],
    params: { ar: "3:2", sv: 4, stylize: 250 },
  };
  return {
    slug: overrides.id.replace("sty_", "style-"),
    title: "Untitled Style",
    description: "A plain look.",
    category: "minimal",
    tags: [],
    model: "v7",
    tier: "free",
    publishedAt: "2026-01-01T00:00:00.000Z",
    recipe,
    palette: [{ color: "#336699", share: 1 }],
    images: [fixtureImage(), fixtureImage(), fixtureImage()],
    ...overrides,
  };
}

export function fixtureCatalog(styles: StyleRecord[]): Catalog {
  return createCatalog({ version: "test", styles }, (slug) => findCategory(slug)?.name ?? slug);
}
