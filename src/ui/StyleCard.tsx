import type { StyleView } from "@/domain/catalog/style-view";
import { CardRecipe } from "./CardRecipe";
import { categoryName, imageCount, modelLabel } from "./labels";
import { LikeButton } from "./likes/LikeButton";
import { ResponsiveImage } from "./ResponsiveImage";

export const CARD_IMAGE_SIZES =
  "(min-width: 1400px) 270px, (min-width: 1000px) 23vw, (min-width: 640px) 31vw, 48vw";

/** One style in a grid: free recipes copy right here, Pro ones for Pro members (CardRecipe). */
export function StyleCard({ style, eager = false }: { style: StyleView; eager?: boolean }) {
  const cover = style.images[0];
  const href = `/styles/${style.slug}`;
  return (
    <article className="card" data-style-id={style.id}>
      <div className="card-media">
        {cover ? (
          <ResponsiveImage image={cover} sizes={CARD_IMAGE_SIZES} eager={eager} className="card-image" />
        ) : null}
        <span className="card-count">{imageCount(style.images.length)}</span>
      </div>
      <div className="card-body">
        <h3 className="card-title">
          <a href={href}>{style.title}</a>
        </h3>
        {/* after the title link, so keyboard focus meets the style before its cover's Like */}
        {cover ? (
          <LikeButton
            imageId={cover.id}
            image={`image 1 of ${style.title}`}
            className="like-button overlay"
          />
        ) : null}
        <p className="card-meta">
          <span>{categoryName(style.category)}</span>
          <span aria-hidden="true"> · </span>
          <span>{modelLabel(style.model ?? style.tested?.at(-1)?.model)}</span>
        </p>
        <CardRecipe styleId={style.id} styleTitle={style.title} spec={style.recipe?.spec} />
      </div>
    </article>
  );
}
