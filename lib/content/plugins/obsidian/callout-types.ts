/**
 * The callout types a note may use: GitHub's five alerts and Obsidian's types, each with the
 * aliases Obsidian accepts. A type is written in any case; `data-callout` carries its canonical
 * name, so the stylesheet styles fifteen types and not every alias.
 */
export const CALLOUT_TYPES = {
  note: { title: 'Note', aliases: [] },
  abstract: { title: 'Abstract', aliases: ['summary', 'tldr'] },
  info: { title: 'Info', aliases: [] },
  todo: { title: 'To do', aliases: [] },
  tip: { title: 'Tip', aliases: ['hint'] },
  // GitHub's IMPORTANT and CAUTION are types of their own there; Obsidian folds them into tip and warning.
  important: { title: 'Important', aliases: [] },
  success: { title: 'Success', aliases: ['check', 'done'] },
  question: { title: 'Question', aliases: ['help', 'faq'] },
  warning: { title: 'Warning', aliases: ['attention'] },
  caution: { title: 'Caution', aliases: [] },
  failure: { title: 'Failure', aliases: ['fail', 'missing'] },
  danger: { title: 'Danger', aliases: ['error'] },
  bug: { title: 'Bug', aliases: [] },
  example: { title: 'Example', aliases: [] },
  quote: { title: 'Quote', aliases: ['cite'] },
} as const satisfies Record<string, { title: string; aliases: readonly string[] }>;

export type CalloutType = keyof typeof CALLOUT_TYPES;

const BY_NAME = new Map<string, CalloutType>(
  (Object.keys(CALLOUT_TYPES) as CalloutType[]).flatMap((type) =>
    [type, ...CALLOUT_TYPES[type].aliases].map((name) => [name, type] as const),
  ),
);

/** Every name a writer may use, canonical types first: the hint of an unknown type lists them. */
export const CALLOUT_NAMES = [...BY_NAME.keys()];

export function calloutType(written: string): CalloutType | undefined {
  return BY_NAME.get(written.toLowerCase());
}

/**
 * One 24×24 stroked path per type (after Lucide's icons, ISC licence), drawn in currentColor so
 * it takes the callout's colour in either theme; inline, so no icon font or request.
 */
const CIRCLE = 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20';
export const CALLOUT_ICONS: Record<CalloutType, string> = {
  note: 'M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z',
  abstract: 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01',
  info: `${CIRCLE}M12 16v-4M12 8h.01`,
  todo: 'M9 11l3 3L22 4M21 12v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h11',
  tip: 'M15 14c.2-1 .7-1.7 1.5-2.5 1-.9 1.5-2.2 1.5-3.5A6 6 0 0 0 6 8c0 1 .2 2.2 1.5 3.5.7.7 1.3 1.5 1.5 2.5M9 18h6M10 22h4',
  important: 'M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2zM12 7v3M12 13h.01',
  success: `${CIRCLE}M9 12l2 2 4-4`,
  question: `${CIRCLE}M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01`,
  warning: 'M21.7 18l-8-14a2 2 0 0 0-3.5 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.7-3M12 9v4M12 17h.01',
  caution: 'M8.7 2h6.6L22 8.7v6.6L15.3 22H8.7L2 15.3V8.7zM12 8v4M12 16h.01',
  failure: `${CIRCLE}M15 9l-6 6M9 9l6 6`,
  danger: 'M13 2L3 14h9l-1 8 10-12h-9z',
  bug: 'M8 2l1.9 1.9M14.1 3.9L16 2M9 7.1v-1a3 3 0 1 1 6 0v1M12 20c-3.3 0-6-2.7-6-6v-3a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v3c0 3.3-2.7 6-6 6M12 20v-9M6 13H2M22 13h-4',
  example: 'M3 6h18M3 12h18M3 18h12',
  quote: 'M6 17h3l2-4V7H5v6h3zM14 17h3l2-4V7h-6v6h3z',
};
