import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <section className="not-found">
      <p className="eyebrow">404</p>
      <h1>This page is not in the library.</h1>
      <p>
        The style may have moved or the link may be mistyped. Search the library or start from the newest
        styles.
      </p>
      <search>
        <form action="/search" method="get" className="search-row">
          <input
            className="input"
            type="search"
            name="q"
            aria-label="Search styles"
            placeholder="Search styles"
          />
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </search>
      <p>
        <a href="/">Back to all styles</a>
      </p>
    </section>
  );
}
