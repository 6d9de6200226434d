import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { parsePalette } from "@/domain/color/palette-query";
import { parseColor } from "@/domain/color/swatches";
import { pageListContext } from "@/server/context";
import { filtersQuery, type PageSearchParams, readListQuery } from "@/server/page-query";
import { listStyles } from "@/services/styles/list-styles";
import { ColorSwatches } from "@/ui/ColorSwatches";
import { SearchForm } from "@/ui/SearchForm";
import { StyleGrid } from "@/ui/StyleGrid";
import { activeFilters } from "@/ui/search/active-filters";
import { FilterChips } from "@/ui/search/FilterChips";
import { ImageSearch } from "@/ui/search/ImageSearch";
import { NoResults } from "@/ui/search/NoResults";

function heading(q: string | undefined, color: string | undefined, palette: string | undefined): string {
  const colorLabel = color ? parseColor(color)?.label : undefined;
  const colors =
    palette && parsePalette(palette) ? " with this palette" : colorLabel ? ` in ${colorLabel}` : "";
  if (q) return `Styles for “${q}”${colors}`;
  if (colors) return `Styles${colors}`;
  return "Find a style";
}

export async function generateMetadata({
  searchParams,
}: {
  searchParams: PageSearchParams;
}): Promise<Metadata> {
  const { input } = await readListQuery(searchParams);
  return {
    title:
      input.q || input.color || input.palette
        ? heading(input.q, input.color, input.palette)
        : "Search styles",
    description:
      "Search Midjourney style recipes by mood, subject, tag or a picture's colours, and filter by colour, category, model, recipe kind and aspect ratio.",
    alternates: { canonical: "/search" },
    robots: filtersQuery(input) ? { index: false } : undefined,
  };
}

export default async function SearchPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { input, problems, seeded } = await readListQuery(searchParams);
  if (seeded) redirect(`/search?${filtersQuery(input)}`);
  const page = listStyles(await pageListContext(input), input);
  const query = filtersQuery(input);
  const palette = input.palette ? parsePalette(input.palette) : undefined;
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Search</p>
        <h1>{heading(input.q, input.color, input.palette)}</h1>
        {palette ? (
          <ul className="query-palette" aria-label="The palette searched for">
            {palette.map((c) => (
              <li
                key={c.hex}
                style={{ backgroundColor: `#${c.hex}`, flexGrow: c.weight }}
                title={`#${c.hex}`}
              >
                <span className="visually-hidden">#{c.hex}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <SearchForm values={input} total={page.total} />
      <div className="search-tools">
        <ColorSwatches
          current={input.color}
          baseQuery={filtersQuery({ ...input, color: undefined, palette: undefined })}
        />
        <ImageSearch />
      </div>
      <FilterChips filters={activeFilters(input, query)} />
      {problems.length > 0 ? (
        <p className="notice" role="alert">
          Some filters were ignored: {problems.join("; ")}.
        </p>
      ) : null}
      <div className="section-head">
        <h2 aria-live="polite">
          {page.total > 0
            ? `${page.total} ${page.total === 1 ? "style" : "styles"}`
            : input.q
              ? `No styles found for “${input.q}”`
              : "No styles found"}
        </h2>
        {input.sort === "random" && page.total > 1 ? (
          <a href={`/search?${filtersQuery({ ...input, seed: undefined })}`}>Shuffle again</a>
        ) : null}
      </div>
      {page.total === 0 ? (
        <NoResults q={input.q} suggestions={page.suggestions ?? []} query={query} />
      ) : (
        <StyleGrid
          styles={page.items}
          nextCursor={page.nextCursor}
          remaining={page.remaining}
          baseQuery={query}
          label="Search results"
        />
      )}
    </>
  );
}
