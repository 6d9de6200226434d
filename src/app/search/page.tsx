import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { parseColor } from "@/domain/color/swatches";
import { pageListContext } from "@/server/context";
import { filtersQuery, type PageSearchParams, readListQuery } from "@/server/page-query";
import { listStyles } from "@/services/styles/list-styles";
import { ColorSwatches } from "@/ui/ColorSwatches";
import { SearchForm } from "@/ui/SearchForm";
import { StyleGrid } from "@/ui/StyleGrid";

function heading(q: string | undefined, color: string | undefined): string {
  const colorLabel = color ? parseColor(color)?.label : undefined;
  if (q && colorLabel) return `Styles for “${q}” in ${colorLabel}`;
  if (q) return `Styles for “${q}”`;
  if (colorLabel) return `Styles in ${colorLabel}`;
  return "Find a style";
}

export async function generateMetadata({
  searchParams,
}: {
  searchParams: PageSearchParams;
}): Promise<Metadata> {
  const { input } = await readListQuery(searchParams);
  return {
    title: input.q || input.color ? heading(input.q, input.color) : "Search styles",
    description:
      "Search Midjourney style recipes by mood, subject or tag, and filter by colour, category, model and aspect ratio.",
    alternates: { canonical: "/search" },
    robots: filtersQuery(input) ? { index: false } : undefined,
  };
}

export default async function SearchPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { input, problems, seeded } = await readListQuery(searchParams);
  if (seeded) redirect(`/search?${filtersQuery(input)}`);
  const page = listStyles(await pageListContext(input), input);
  const query = filtersQuery(input);
  const filtered = query.length > 0;
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Search</p>
        <h1>{heading(input.q, input.color)}</h1>
      </section>
      <SearchForm values={input} />
      <ColorSwatches current={input.color} baseQuery={filtersQuery({ ...input, color: undefined })} />
      {problems.length > 0 ? (
        <p className="notice" role="alert">
          Some filters were ignored: {problems.join("; ")}.
        </p>
      ) : null}
      <div className="section-head">
        <h2 aria-live="polite">
          {page.total === 0 ? "No styles found" : `${page.total} ${page.total === 1 ? "style" : "styles"}`}
        </h2>
        {filtered ? <a href="/search">Clear search and filters</a> : null}
      </div>
      {page.total === 0 ? (
        <p className="empty">
          Nothing matches all of that. Try fewer words, another category, or{" "}
          <a href="/search">browse everything</a>.
        </p>
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
