'use client';

import { useEffect } from 'react';

/**
 * Marks the table of contents' link to the section being read with `aria-current="true"`.
 * Only an IntersectionObserver watches: headings crossing a band near the top of the viewport
 * (below the sticky header) say where the reader is, with no work on scroll in between. A heading
 * that leaves the band downwards (the reader scrolled back up) hands over to the one before it.
 */
export function TocFollower({ navId }: { navId: string }) {
  useEffect(() => {
    const nav = document.getElementById(navId);
    if (!nav) return;
    const links = new Map([...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
    const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
    if (headings.length === 0) return;
    let current: string | undefined;
    const mark = (id: string | undefined) => {
      if (id === current) return;
      if (current) links.get(current)?.removeAttribute('aria-current');
      current = id;
      if (id) links.get(id)?.setAttribute('aria-current', 'true');
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.id;
          if (entry.isIntersecting) mark(id);
          else if (id === current && entry.boundingClientRect.top > (entry.rootBounds?.bottom ?? 0)) {
            mark(headings[headings.findIndex((h) => h.id === id) - 1]?.id);
          }
        }
      },
      // The band: from under the 4.5rem header to 40% of the viewport's height.
      { rootMargin: '-72px 0px -60% 0px' },
    );
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, [navId]);
  return null;
}
