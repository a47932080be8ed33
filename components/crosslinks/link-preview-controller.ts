/**
 * Link previews, loaded on demand by `link-previews.tsx`. Plain DOM rather than React: one
 * popover element, moved and refilled, costs less than a component tree and never re-renders
 * the article. The popover is absolutely positioned in the document, so it never moves the
 * layout; it follows WCAG 1.4.13: it can be dismissed (Escape), hovered, and it stays while
 * the pointer or focus is on the link or on it.
 */
import { previewHref, withBasePath } from '@/lib/content/paths';
import type { NotePreview } from '@/lib/crosslinks/preview-data';
import { notePreviewLink } from './preview-links';

const SHOW_DELAY_MS = 300;
const HIDE_DELAY_MS = 150;
const TOOLTIP_ID = 'link-preview';

export function startLinkPreviews(article: HTMLElement, basePath: string, first: Event): () => void {
  const cache = new Map<string, Promise<NotePreview | undefined>>();
  const tooltip = document.createElement('div');
  tooltip.id = TOOLTIP_ID;
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  tooltip.className = 'absolute z-40 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-surface p-4 text-sm shadow-lg';
  document.body.append(tooltip);

  let current: HTMLAnchorElement | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;

  const load = (slug: string) => {
    let pending = cache.get(slug);
    if (!pending) {
      pending = fetch(withBasePath(previewHref(slug), basePath))
        .then((response) => (response.ok ? (response.json() as Promise<NotePreview>) : undefined))
        .catch(() => undefined);
      cache.set(slug, pending);
    }
    return pending;
  };

  const hide = () => {
    window.clearTimeout(showTimer);
    window.clearTimeout(hideTimer);
    tooltip.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };

  const show = (link: HTMLAnchorElement, slug: string) => {
    window.clearTimeout(hideTimer);
    if (current === link) return;
    hide();
    current = link;
    showTimer = window.setTimeout(async () => {
      const preview = await load(slug);
      if (!preview || current !== link) return;
      fill(tooltip, preview);
      tooltip.hidden = false;
      place(tooltip, link);
      link.setAttribute('aria-describedby', TOOLTIP_ID);
    }, SHOW_DELAY_MS);
  };

  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
  };

  const onEnter = (event: Event) => {
    const found = notePreviewLink(event.target, basePath);
    if (found) show(found.link, found.slug);
  };
  const onLeave = (event: Event) => {
    if (notePreviewLink(event.target, basePath)) hideSoon();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) hide();
  };
  const keepOpen = () => window.clearTimeout(hideTimer);

  // One signal removes every listener when previews stop.
  const listening = new AbortController();
  const { signal } = listening;
  article.addEventListener('pointerover', onEnter, { signal });
  article.addEventListener('focusin', onEnter, { signal });
  article.addEventListener('pointerout', onLeave, { signal });
  article.addEventListener('focusout', onLeave, { signal });
  document.addEventListener('keydown', onKey, { signal });
  tooltip.addEventListener('pointerenter', keepOpen);
  tooltip.addEventListener('pointerleave', hideSoon);
  onEnter(first);

  return () => {
    hide();
    listening.abort();
    tooltip.remove();
  };
}

function fill(tooltip: HTMLElement, preview: NotePreview) {
  const title = document.createElement('p');
  title.className = 'font-semibold text-ink';
  title.textContent = preview.title;
  const summary = document.createElement('p');
  summary.className = 'mt-1 text-muted';
  summary.textContent = preview.summary;
  const opening = document.createElement('p');
  opening.className = 'mt-2 text-ink';
  opening.textContent = preview.opening;
  tooltip.replaceChildren(title, summary, ...(preview.opening ? [opening] : []));
}

/** Below the link, or above it when there is no room below; kept inside the viewport horizontally. */
function place(tooltip: HTMLElement, link: HTMLElement) {
  const box = link.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = tooltip;
  const below = box.bottom + 8 + height <= window.innerHeight || box.top - 8 - height < 0;
  const top = below ? box.bottom + 8 : box.top - 8 - height;
  const left = Math.min(Math.max(8, box.left), document.documentElement.clientWidth - width - 8);
  tooltip.style.top = `${Math.round(top + window.scrollY)}px`;
  tooltip.style.left = `${Math.round(Math.max(8, left) + window.scrollX)}px`;
}
