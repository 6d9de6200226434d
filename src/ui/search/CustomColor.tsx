import { LiveSearchForm } from "./LiveSearchForm";

/** A middle grey, where the picker starts when no colour is chosen. */
const START_COLOR = "#808080";

/**
 * Any colour, not only a swatch's: the browser's colour picker (a keyboard-usable
 * control) and Apply, a GET form that keeps the rest of the search.
 */
export function CustomColor({ baseQuery, current }: { baseQuery: string; current?: string }) {
  return (
    <LiveSearchForm applyOnChange={false} className="custom-color">
      {[...new URLSearchParams(baseQuery)].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="custom-color-label">
        <span>
          Custom<span className="visually-hidden"> colour</span>
        </span>
        <input type="color" name="color" defaultValue={current ?? START_COLOR} />
      </label>
      <button type="submit" className="button small secondary">
        Apply<span className="visually-hidden"> colour</span>
      </button>
    </LiveSearchForm>
  );
}
