'use client';

import { useEffect } from 'react';

/**
 * Marks the table of contents' link to the section being read with `aria-current="true"`: the
 * last heading above a line at 40% of the viewport's height. Only an IntersectionObserver
 * watches, with no work on scroll: its root reaches from far above the page down to that line,
 * so a heading is "intersecting" exactly when it is above the line, and the observer speaks only
 * when one crosses it, even when a jump to an anchor crosses many at once.
 */
export function TocFollower({ navId }: { navId: string }) {
  useEffect(() => {
    const nav = document.getElementById(navId);
    if (!nav) return;
    const links = new Map([...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
    const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
    if (headings.length === 0) return;
    const above = new Set<string>();
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
          if (entry.isIntersecting) above.add(entry.target.id);
          else above.delete(entry.target.id);
        }
        mark(headings.findLast((h) => above.has(h.id))?.id);
      },
      { rootMargin: '1000000px 0px -60% 0px' },
    );
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, [navId]);
  return null;
}
