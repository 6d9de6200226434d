import type { Metadata } from "next";
import { pageContext } from "@/server/context";
import { filtersQuery, type PageSearchParams, readListQuery } from "@/server/page-query";
import { listStyles } from "@/services/styles/list-styles";
import { SearchForm } from "@/ui/SearchForm";
import { StyleGrid } from "@/ui/StyleGrid";

export async function generateMetadata({
  searchParams,
}: {
  searchParams: PageSearchParams;
}): Promise<Metadata> {
  const { input } = await readListQuery(searchParams);
  return {
    title: input.q ? `“${input.q}” styles` : "Search styles",
    description:
      "Search Midjourney style recipes by mood, subject or tag, and filter by category, model and aspect ratio.",
    alternates: { canonical: "/search" },
    robots: input.q || input.category || input.model || input.ar || input.tier ? { index: false } : undefined,
  };
}

export default async function SearchPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { input, problems } = await readListQuery(searchParams);
  const page = listStyles(pageContext(), input);
  const query = filtersQuery(input);
  const filtered = query.length > 0;
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Search</p>
        <h1>{input.q ? `Styles for “${input.q}”` : "Find a style"}</h1>
      </section>
      <SearchForm values={input} />
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
          baseQuery={query}
          label="Search results"
        />
      )}
    </>
  );
}
