import type { StyleView } from "@/domain/catalog/style-view";
import { GridLoader } from "./GridLoader";
import { StyleCard } from "./StyleCard";

/** The first page is rendered on the server; GridLoader appends the rest in the browser. */
export function StyleGrid({
  styles,
  nextCursor,
  remaining,
  baseQuery,
  label,
}: {
  styles: StyleView[];
  nextCursor: string | null;
  /** how many styles of the grid come after these */
  remaining: number;
  baseQuery: string;
  label: string;
}) {
  return (
    <section className="grid" id="results" aria-label={label}>
      {styles.map((style, index) => (
        <StyleCard key={style.id} style={style} eager={index < 4} />
      ))}
      <GridLoader
        key={`${baseQuery}|${nextCursor ?? ""}`}
        baseQuery={baseQuery}
        initialCursor={nextCursor}
        remaining={remaining}
      />
    </section>
  );
}
