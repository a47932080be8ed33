import type { ComponentProps } from 'react';
import { getConfig } from '@/lib/config';
import { withBasePath } from '@/lib/content/paths';
import type { SiteImage } from '@/lib/content/resolve-images';

/**
 * An image in a note. A local one comes from the site's image table: its content-hashed URL
 * and its size, so the page keeps its place while it loads. Lazy below the first image (the
 * first may be in view when the page opens); decoding off the main thread either way. A
 * remote image, or a `/file` from `public/`, is shown as written (with the base path).
 */
export function NoteImage({ image, src, width, height, ...rest }: ComponentProps<'img'> & { image: SiteImage | undefined }) {
  const basePath = getConfig().basePath;
  // A local image the build could not publish (built with `brokenLinks: 'warn'`): its words, not a broken request.
  if (!image && typeof src === 'string' && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(src)) {
    return <span className="broken-link">{rest.alt ? `[${rest.alt}]` : '[image]'}</span>;
  }
  if (!image) {
    return (
      <img
        loading="lazy"
        decoding="async"
        {...rest}
        width={width}
        height={height}
        src={typeof src === 'string' ? withBasePath(src, basePath) : src}
      />
    );
  }
  return (
    <img
      loading={image.first ? 'eager' : 'lazy'}
      decoding="async"
      {...rest}
      {...displaySize(image, width, height)}
      src={withBasePath(image.href, basePath)}
    />
  );
}

/** The file's size, or the one the note writes: a width alone gets the height that keeps the picture's proportions, and the other way round. */
function displaySize(
  image: SiteImage,
  width: number | string | undefined,
  height: number | string | undefined,
): { width: number; height: number } {
  const [w, h] = [Number(width), Number(height)];
  if (w > 0 && h > 0) return { width: w, height: h };
  if (w > 0) return { width: w, height: Math.round((image.height * w) / image.width) };
  if (h > 0) return { width: Math.round((image.width * h) / image.height), height: h };
  return { width: image.width, height: image.height };
}
