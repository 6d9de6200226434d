import type { Metadata } from "next";
import { parseBlendParts } from "@/domain/catalog/blend";
import { pageContext } from "@/server/context";
import type { PageSearchParams } from "@/server/page-query";
import { blendStyleNames } from "@/services/styles/blend-styles";
import { BlendBuilder, type BlendPart } from "@/ui/blend/BlendBuilder";

export const metadata: Metadata = { title: "Blend styles", robots: { index: false } };

/** The parts a blend URL names; a URL that names no blend shows an empty one. */
function partsOf(value: string | string[] | undefined): BlendPart[] {
  const parts = parseBlendParts(Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
  return "problem" in parts ? [] : parts;
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
        <BlendBuilder
          initial={parts}
          names={blendStyleNames(pageContext(), { ids: parts.map((part) => part.id) })}
        />
      )}
    </>
  );
}
