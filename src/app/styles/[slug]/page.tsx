import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { StyleView } from "@/domain/catalog/style-view";
import { isError } from "@/domain/errors";
import { pageContext } from "@/server/context";
import { getStyleBySlug } from "@/services/styles/get-style";
import { modelFits } from "@/services/styles/model-fits";
import { moreLikeThis } from "@/services/styles/more-like-this";
import { Gallery } from "@/ui/Gallery";
import { categoryName, imageCount, testedLine } from "@/ui/labels";
import { Palette } from "@/ui/Palette";
import { RecipePanel } from "@/ui/RecipePanel";
import { StyleCard } from "@/ui/StyleCard";
import { WorksOn } from "@/ui/WorksOn";

type Params = Promise<{ slug: string }>;

async function loadStyle(slug: string): Promise<StyleView> {
  try {
    return getStyleBySlug(pageContext(), { slug });
  } catch (error) {
    if (isError(error, "not_found")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const style = await loadStyle((await params).slug);
  const cover = style.images[0];
  return {
    title: `${style.title}: ${categoryName(style.category)} Midjourney style`,
    description: style.description,
    alternates: { canonical: `/styles/${style.slug}` },
    openGraph: {
      title: style.title,
      description: style.description,
      images: cover ? [{ url: cover.src, alt: cover.alt }] : [],
    },
  };
}

export default async function StylePage({ params }: { params: Params }) {
  const style = await loadStyle((await params).slug);
  const related = moreLikeThis(pageContext(), { styleId: style.id });
  const fits = modelFits(pageContext(), { styleId: style.id });
  const tested = testedLine(style);
  return (
    <>
      <div className="style-head">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumbs">
            <a href="/">Styles</a>
            <span aria-hidden="true">/</span>
            <a href={`/category/${style.category}`}>{categoryName(style.category)}</a>
          </nav>
          <h1>{style.title}</h1>
          <p className="style-description">{style.description}</p>
          <ul className="badges" aria-label="About this style">
            <li className="badge model">{tested.charAt(0).toUpperCase() + tested.slice(1)}</li>
            {style.tier === "pro" ? (
              // the style's tier, the same for everyone: no lock, which a Pro member would read as locked
              <li className="badge pro">Pro</li>
            ) : (
              <li className="badge">Free</li>
            )}
            <li className="badge">{imageCount(style.images.length)}</li>
          </ul>
          <WorksOn fits={fits} />
          <Palette colors={style.palette} />
          <ul className="tags" aria-label="Tags">
            {style.tags.map((tag) => (
              <li key={tag}>
                <a href={`/search?q=${encodeURIComponent(tag)}`}>#{tag}</a>
              </li>
            ))}
          </ul>
        </div>
        <RecipePanel style={style} />
      </div>
      <Gallery images={style.images} title={style.title} />
      {related.length > 0 ? (
        <>
          <div className="section-head">
            <h2>More like this</h2>
            <a href={`/category/${style.category}`}>All {categoryName(style.category)} styles</a>
          </div>
          <section className="grid more-like-this" aria-label="More like this">
            {related.map((item) => (
              <StyleCard key={item.id} style={item} />
            ))}
          </section>
        </>
      ) : null}
    </>
  );
}
