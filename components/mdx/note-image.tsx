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
export function NoteImage({ image, src, ...rest }: ComponentProps<'img'> & { image: SiteImage | undefined }) {
  const basePath = getConfig().basePath;
  if (!image) {
    return <img {...rest} src={typeof src === 'string' ? withBasePath(src, basePath) : src} loading="lazy" decoding="async" />;
  }
  return <img {...rest} src={withBasePath(image.href, basePath)} width={image.width} height={image.height} loading={image.first ? 'eager' : 'lazy'} decoding="async" />;
}
