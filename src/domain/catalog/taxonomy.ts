/** The fixed vocabularies of the catalog: categories, aspect ratios, tiers (model versions: domain/midjourney). */

export const CATEGORIES = [
  {
    slug: "cinematic",
    name: "Cinematic",
    blurb: "Film stills, lighting and lenses that feel like a frame from a movie.",
  },
  { slug: "photography", name: "Photography", blurb: "Film stocks, portrait light and documentary looks." },
  { slug: "3d", name: "3D", blurb: "Clay, plastic, glass and render-engine looks." },
  { slug: "anime", name: "Anime", blurb: "Cel shading, key visuals and manga line work." },
  { slug: "illustration", name: "Illustration", blurb: "Editorial, children's book and ink illustration." },
  { slug: "painterly", name: "Painterly", blurb: "Oil, gouache, watercolour and impasto textures." },
  { slug: "graphic", name: "Graphic", blurb: "Posters, Bauhaus geometry, risograph and flat design." },
  { slug: "fantasy", name: "Fantasy", blurb: "Myth, sorcery, otherworldly landscapes and creatures." },
  { slug: "minimal", name: "Minimal", blurb: "Quiet compositions, negative space and soft palettes." },
  { slug: "retro", name: "Retro", blurb: "Synthwave, vintage print and analog nostalgia." },
] as const;

export type CategorySlug = (typeof CATEGORIES)[number]["slug"];
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]];

export function findCategory(slug: string): Category | undefined {
  return CATEGORIES.find((c) => c.slug === slug);
}

/** Aspect ratios the library filters by; an image belongs to the closest one. */
export const ASPECT_RATIOS = ["1:1", "2:3", "3:2", "16:9", "9:16"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export function aspectRatioOf(width: number, height: number): AspectRatio {
  const ratio = width / height;
  let best: AspectRatio = "1:1";
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of ASPECT_RATIOS) {
    const [w, h] = candidate.split(":").map(Number) as [number, number];
    const distance = Math.abs(Math.log(ratio / (w / h)));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export const TIERS = ["free", "pro"] as const;
export type Tier = (typeof TIERS)[number];
