import type { PaletteColor } from "@/domain/color/color";

/** A style's main colours as swatches sized by share; each finds styles with that colour. */
export function Palette({ colors }: { colors: readonly PaletteColor[] }) {
  if (colors.length === 0) return null;
  return (
    <ul className="palette" aria-label="Palette">
      {colors.map((c) => (
        <li key={c.color} style={{ flexGrow: Math.max(c.share, 0.05) }}>
          <a
            href={`/search?color=${c.color.slice(1)}`}
            style={{ backgroundColor: c.color }}
            title={`${c.color}: find styles with this colour`}
          >
            <span className="visually-hidden">Styles with colour {c.color}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
