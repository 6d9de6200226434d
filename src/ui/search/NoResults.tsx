import Link from "next/link";

/** The same search with other words. */
function withWords(query: string, words: string): string {
  const params = new URLSearchParams(query);
  params.set("q", words);
  params.delete("cursor");
  return `/search?${params.toString()}`;
}

/** An empty result: the nearest words the catalog knows, when the search has some, and a way out. */
export function NoResults({ q, suggestions, query }: { q?: string; suggestions: string[]; query: string }) {
  return (
    <div className="empty">
      {q && suggestions.length > 0 ? (
        <p className="suggestions">
          Did you mean:{" "}
          {suggestions.map((word, index) => (
            <span key={word}>
              {index > 0 ? ", " : null}
              <Link href={withWords(query, word)} prefetch={false}>
                {word}
              </Link>
            </span>
          ))}
          ?
        </p>
      ) : null}
      <p>
        Nothing matches all of that. Try fewer words, another category, or{" "}
        <a href="/search">browse everything</a>.
      </p>
    </div>
  );
}
