import type { ReactNode } from "react";
import { ASPECT_RATIOS, CATEGORIES } from "@/domain/catalog/taxonomy";
import { MODELS_NEWEST_FIRST } from "@/domain/midjourney/versions";
import { LiveSearchForm } from "./search/LiveSearchForm";
import { BEST_MATCH_LABEL, KIND_OPTIONS, SORT_OPTIONS, TIER_OPTIONS } from "./search/options";

export interface SearchValues {
  q?: string;
  category?: string;
  model?: string;
  ar?: string;
  tier?: string;
  kind?: string;
  sort?: string;
  seed?: string;
  color?: string;
  palette?: string;
}

function Filter({
  label,
  name,
  value,
  anyLabel,
  children,
}: {
  label: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  children: ReactNode;
}) {
  return (
    <label className="field">
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </label>
  );
}

/**
 * A plain GET form, so every search and filter lives in the URL and works without
 * JavaScript (Search sends it all); with JavaScript, LiveSearchForm applies each list
 * as it changes.
 */
export function SearchForm({ values, total }: { values: SearchValues; total: number }) {
  return (
    <search>
      <LiveSearchForm applyOnChange className="search-form" label="Search and filter styles">
        {/* chosen elsewhere on the page (swatches, a picture, Random); a search keeps them */}
        {values.color ? <input type="hidden" name="color" value={values.color} /> : null}
        {values.palette ? <input type="hidden" name="palette" value={values.palette} /> : null}
        {values.sort === "random" && values.seed ? (
          <input type="hidden" name="seed" value={values.seed} />
        ) : null}
        <div className="search-row">
          <input
            className="input"
            type="search"
            name="q"
            defaultValue={values.q ?? ""}
            placeholder="Try “noir”, “clay”, “pastel watercolor”…"
            aria-label="Search"
            maxLength={200}
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
        <div className="filters">
          <Filter label="Category" name="category" value={values.category} anyLabel="All categories">
            {CATEGORIES.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </Filter>
          <Filter label="Works on" name="model" value={values.model} anyLabel="Any model">
            {MODELS_NEWEST_FIRST.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </Filter>
          <Filter label="Aspect ratio" name="ar" value={values.ar} anyLabel="Any ratio">
            {ASPECT_RATIOS.map((ar) => (
              <option key={ar} value={ar}>
                {ar}
              </option>
            ))}
          </Filter>
          <Filter label="Access" name="tier" value={values.tier} anyLabel="Free and Pro">
            {TIER_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Filter>
          <Filter label="Recipe kind" name="kind" value={values.kind} anyLabel="Any kind">
            {KIND_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Filter>
          <Filter label="Sort" name="sort" value={values.sort} anyLabel={BEST_MATCH_LABEL}>
            {SORT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Filter>
        </div>
        {/* on a phone the results start below the screen: this says at once what a change found */}
        <p className="form-results">
          {total > 0 ? (
            <a href="#results">Show {total === 1 ? "1 style" : `${total} styles`}</a>
          ) : (
            "No styles found"
          )}
        </p>
      </LiveSearchForm>
    </search>
  );
}
