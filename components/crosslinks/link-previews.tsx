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
    const onFirst = (event: Event) => {
      if (!notePreviewLink(event.target, basePath)) return;
      stop();
      void import('./link-preview-controller').then(({ startLinkPreviews }) => {
        if (!cancelled) dispose = startLinkPreviews(article, basePath, event);
      });
    };
    const stop = () => {
      article.removeEventListener('pointerover', onFirst);
      article.removeEventListener('focusin', onFirst);
    };
    article.addEventListener('pointerover', onFirst);
    article.addEventListener('focusin', onFirst);
    return () => {
      cancelled = true;
      stop();
      dispose();
    };
  }, [articleId, basePath]);
  return null;
}
