"use client";

import { isLiked, setLiked, useLikes } from "@/client/likes";

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
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          d="M12 20.5s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 7.5 2.7c0 5.6-7.5 10.2-7.5 10.2Z"
          fill={liked ? "currentColor" : "none"}
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
