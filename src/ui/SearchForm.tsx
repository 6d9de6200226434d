import { ASPECT_RATIOS, CATEGORIES, MODELS } from "@/domain/catalog/taxonomy";

export interface SearchValues {
  q?: string;
  category?: string;
  model?: string;
  ar?: string;
  tier?: string;
  color?: string;
}

/**
 * A plain GET form, so every search and filter lives in the URL and works without
 * JavaScript. Filters apply when the form is sent (Search or Enter), never while a
 * keyboard user is still moving through a list's options.
 */
export function SearchForm({ values }: { values: SearchValues }) {
  return (
    <search>
      <form action="/search" method="get" className="search-form" aria-label="Search and filter styles">
        {/* the colour is chosen with the swatches (links); a search keeps it */}
        {values.color ? <input type="hidden" name="color" value={values.color} /> : null}
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
          <label className="field">
            Category
            <select name="category" defaultValue={values.category ?? ""}>
              <option value="">All categories</option>
              {CATEGORIES.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Model version
            <select name="model" defaultValue={values.model ?? ""}>
              <option value="">Any model</option>
              {MODELS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Aspect ratio
            <select name="ar" defaultValue={values.ar ?? ""}>
              <option value="">Any ratio</option>
              {ASPECT_RATIOS.map((ar) => (
                <option key={ar} value={ar}>
                  {ar}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Access
            <select name="tier" defaultValue={values.tier ?? ""}>
              <option value="">Free and Pro</option>
              <option value="free">Free recipes</option>
              <option value="pro">Pro recipes</option>
            </select>
          </label>
        </div>
      </form>
    </search>
  );
}
