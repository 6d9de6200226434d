/** What the Liked page lists and exports: one row per liked image, newest first. */
export interface LikedRow {
  imageId: string;
  likedAt: number;
  styleId: string;
  styleSlug: string;
  styleTitle: string;
  imageAlt: string;
  /** the recipe text, only when the person may see it */
  recipe: string | null;
}

/**
 * Each visible recipe once, in the order of the styles, one per line after its style's
 * title ("Neon Rain Noir: --sref 123 --v 7"), so a pasted list says which is which.
 */
export function allRecipesText(rows: readonly LikedRow[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const row of rows) {
    if (row.recipe && !seen.has(row.styleId)) {
      seen.add(row.styleId);
      lines.push(`${row.styleTitle}: ${row.recipe}`);
    }
  }
  return lines.join("\n");
}

export function toJson(rows: readonly LikedRow[], exportedAt: Date): string {
  return JSON.stringify(
    {
      exportedAt: exportedAt.toISOString(),
      likes: rows.map((row) => ({ ...row, likedAt: new Date(row.likedAt).toISOString() })),
    },
    null,
    2,
  );
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function toCsv(rows: readonly LikedRow[]): string {
  const header = ["imageId", "likedAt", "styleId", "styleTitle", "imageAlt", "recipe"];
  const lines = rows.map((row) =>
    [
      row.imageId,
      new Date(row.likedAt).toISOString(),
      row.styleId,
      row.styleTitle,
      row.imageAlt,
      row.recipe ?? "",
    ]
      .map(csvField)
      .join(","),
  );
  return `${[header.join(","), ...lines].join("\r\n")}\r\n`;
}

export function toText(rows: readonly LikedRow[]): string {
  return `${rows
    .map(
      (row) =>
        `${new Date(row.likedAt).toISOString()}  ${row.styleTitle}  (${row.imageAlt})\n  ${row.recipe ?? "Pro recipe: unlock with Pro"}`,
    )
    .join("\n")}\n`;
}
