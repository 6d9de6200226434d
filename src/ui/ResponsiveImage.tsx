import type { CSSProperties } from "react";

export interface ResponsiveImageProps {
  image: {
    src: string;
    srcSet: string;
    width: number;
    height: number;
    color: string;
    placeholder: string;
    alt: string;
  };
  sizes: string;
  /** the first images on screen load eagerly; the rest wait until scrolled near */
  eager?: boolean;
  className?: string;
}

/**
 * A plain <img> with known dimensions and a blurred placeholder behind it, so the
 * page never shifts while images load and no client JavaScript is needed.
 */
export function ResponsiveImage({ image, sizes, eager = false, className }: ResponsiveImageProps) {
  const style: CSSProperties = {
    backgroundColor: image.color,
    backgroundImage: `url("${image.placeholder}")`,
  };
  return (
    // biome-ignore lint/performance/noImgElement: srcset comes from the images port (local optimizer or Cloudinary)
    <img
      className={className}
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : "auto"}
      decoding="async"
      style={style}
    />
  );
}
