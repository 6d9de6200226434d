import { parseColor, SWATCHES } from "@/domain/color/swatches";
import { ArrivedMark } from "./ArrivedMark";
import { CustomColor } from "./search/CustomColor";

/**
 * Colour filter: each swatch is a link to the same search in that colour (works without
 * JavaScript, and the URL says what is shown); the chosen one links back to any colour.
 * Any other colour is picked with the custom colour control after them.
 */
export function ColorSwatches({ current, baseQuery }: { current?: string; baseQuery: string }) {
  const href = (color?: string) => {
    const params = new URLSearchParams(baseQuery);
    if (color) params.set("color", color);
    const query = params.toString();
    return query ? `/search?${query}` : "/search";
  };
  const chosen = current ? parseColor(current) : undefined;
  const custom = chosen && !SWATCHES.some((s) => s.name === chosen.key) ? chosen : undefined;
  return (
    <nav className="swatches shown-once-whole" aria-label="Filter by colour">
      <span className="swatches-label">Colour</span>
      <ul>
        {SWATCHES.map((swatch) => {
          const selected = chosen?.key === swatch.name;
          return (
            <li key={swatch.name}>
              <a
                className="swatch"
                href={selected ? href() : href(swatch.name)}
                style={{ backgroundColor: swatch.hex }}
                aria-current={selected ? "true" : undefined}
                title={swatch.name}
              >
                <span className="visually-hidden">
                  {selected ? `${swatch.name}, chosen: show any colour` : swatch.name}
                </span>
              </a>
            </li>
          );
        })}
        {custom ? (
          <li>
            <a
              className="swatch"
              href={href()}
              style={{ backgroundColor: custom.hex }}
              aria-current="true"
              title={custom.label}
            >
              <span className="visually-hidden">{`${custom.label}, chosen: show any colour`}</span>
            </a>
          </li>
        ) : null}
      </ul>
      <CustomColor baseQuery={baseQuery} current={chosen?.hex} />
      <ArrivedMark />
    </nav>
  );
}
