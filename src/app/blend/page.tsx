import type { Metadata } from "next";
import { BLEND_SIZE, BLEND_WEIGHT } from "@/domain/catalog/blend";
import type { PageSearchParams } from "@/server/page-query";
import { BlendBuilder, type BlendPart } from "@/ui/blend/BlendBuilder";

export const metadata: Metadata = { title: "Blend styles", robots: { index: false } };

/** The parts a blend URL names (`s=sty_a:2,sty_b`); anything else in it is left out. */
function partsOf(value: string | string[] | undefined): BlendPart[] {
  const text = Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  const parts: BlendPart[] = [];
  for (const piece of text.split(",")) {
    const match = piece.match(/^(sty_[a-z0-9]{6,32})(?::(\d{1,2}))?$/);
    const weight = Number(match?.[2] ?? 1);
    if (
      match?.[1] &&
      weight >= BLEND_WEIGHT.min &&
      weight <= BLEND_WEIGHT.max &&
      !parts.some((p) => p.id === match[1])
    )
      parts.push({ id: match[1], weight });
  }
  return parts.slice(0, BLEND_SIZE.max);
}

export default async function BlendPage({ searchParams }: { searchParams: PageSearchParams }) {
  const parts = partsOf((await searchParams).s);
  return (
    <>
      <section className="intro">
        <p className="eyebrow">Blend</p>
        <h1>Blend sref styles</h1>
        <p>
          Two to four sref styles tested on one model, each with a weight, as one recipe. Pick them with “Add
          to blend” on a style page, on Liked or on a board.
        </p>
      </section>
      {parts.length === 0 ? (
        <p className="empty">
          No styles in this blend yet. <a href="/liked">Your liked styles</a> ·{" "}
          <a href="/search?kind=sref">sref styles</a>
        </p>
      ) : (
        <BlendBuilder initial={parts} />
      )}
    </>
  );
}
