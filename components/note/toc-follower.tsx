'use client';

import { useEffect } from 'react';
import { decodeAnchor } from '@/lib/content/decode-anchor';

/**
 * Marks the table of contents' link to the section being read with `aria-current="true"`: the
 * last heading above a line at 40% of the viewport's height. Only an IntersectionObserver
 * watches, with no work on scroll: its root reaches from far above the page down to that line,
 * so a heading is "intersecting" exactly when it is above the line, and the observer speaks only
 * when one crosses it, even when a jump to an anchor crosses many at once.
 *
 * The nav holds the list twice (small screens' bar, wide screens' margin): both copies are marked,
 * and the bar's `[data-toc-current]` is given the section's name.
 */
export function TocFollower({ navId }: { navId: string }) {
  useEffect(() => {
    const nav = document.getElementById(navId);
    if (!nav) return;
    const links = new Map<string, HTMLAnchorElement[]>();
    for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const id = decodeAnchor(a.hash.slice(1));
      links.set(id, [...(links.get(id) ?? []), a]);
    }
    const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
    if (headings.length === 0) return;
    const label = nav.querySelector<HTMLElement>('[data-toc-current]');
    const firstName = label?.textContent ?? '';
    const above = new Set<string>();
    let current: string | undefined;
    const mark = (id: string | undefined) => {
      if (id === current) return;
      for (const a of links.get(current ?? '') ?? []) a.removeAttribute('aria-current');
      current = id;
      for (const a of links.get(id ?? '') ?? []) a.setAttribute('aria-current', 'true');
      // Above the first heading the bar keeps naming the first section, as without JavaScript.
      if (label) label.textContent = (id && links.get(id)?.[0]?.textContent) || firstName;
    };
    // A chosen section closes the bar's list, which would otherwise cover it.
    const bar = nav.querySelector('details');
    const close = (event: Event) => {
      if (bar && (event.target as Element).closest('a')) bar.open = false;
    };
    nav.addEventListener('click', close);
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
    return () => {
      observer.disconnect();
      nav.removeEventListener('click', close);
    };
  }, [navId]);
  return null;
}
