"use client";

import { isLiked, setLiked, useLikes } from "@/client/likes";
import { HeartIcon } from "../icons";

/**
 * Like / Unlike for one image: instant in this browser, synced when signed in.
 * `image` names the image for the button's name: "image 2 of Neon Rain Noir".
 */
export function LikeButton({
  imageId,
  image,
  className,
}: {
  imageId: string;
  image: string;
  className?: string;
}) {
  const likes = useLikes();
  const liked = isLiked(likes, imageId);
  return (
    <button
      type="button"
      className={className ?? "like-button"}
      aria-label={`${liked ? "Unlike" : "Like"} ${image}`}
      data-liked={liked}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        setLiked(imageId, !liked);
      }}
    >
      <HeartIcon filled={liked} />
    </button>
  );
}
