'use client';

import { useEffect } from 'react';
import { notePreviewLink } from './preview-links';

/**
 * Turns on link previews in the note's article. Only this loader ships with the page: the
 * preview code is imported on the first hover or focus of a link to a note, after the page
 * is interactive, and handles that first event too.
 */
export function LinkPreviews({ articleId, basePath }: { articleId: string; basePath: string }) {
  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    let cancelled = false;
    let dispose = () => {};
    const firstOnly = new AbortController();
    const onFirst = (event: Event) => {
      if (!notePreviewLink(event.target, basePath)) return;
      firstOnly.abort();
      void import('./link-preview-controller').then(({ startLinkPreviews }) => {
        if (!cancelled) dispose = startLinkPreviews(article, basePath, event);
      });
    };
    article.addEventListener('pointerover', onFirst, { signal: firstOnly.signal });
    article.addEventListener('focusin', onFirst, { signal: firstOnly.signal });
    return () => {
      cancelled = true;
      firstOnly.abort();
      dispose();
    };
  }, [articleId, basePath]);
  return null;
}
