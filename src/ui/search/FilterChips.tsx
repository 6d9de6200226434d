import Link from "next/link";
import { CloseIcon } from "../icons";
import type { ActiveFilter } from "./active-filters";

/**
 * One chip per active filter, each a link to the same search without it, and "Clear all":
 * links, so they work without JavaScript; with it, the results change in place.
 */
export function FilterChips({ filters }: { filters: ActiveFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <nav className="filter-chips" aria-label="Active filters">
      <ul>
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link href={filter.href} prefetch={false} scroll={false} className="filter-chip">
              {/* the name is the visible text after this: "Remove filter: Category Cinematic" */}
              <span className="visually-hidden">Remove filter: </span>
              <span className="filter-chip-kind">{filter.kind}</span>{" "}
              {filter.colors.length > 0 ? (
                <span className="filter-chip-colors" aria-hidden="true">
                  {filter.colors.map((color) => (
                    <span key={color} className="filter-chip-dot" style={{ backgroundColor: color }} />
                  ))}
                </span>
              ) : null}
              <span className="filter-chip-value">{filter.value}</span>
              <span className="filter-chip-remove">
                <CloseIcon />
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/search" prefetch={false} scroll={false} className="filter-chips-clear">
            Clear all
          </Link>
        </li>
      </ul>
    </nav>
  );
}
