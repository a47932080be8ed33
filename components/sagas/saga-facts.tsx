import type { Site } from '@/lib/content/site-model';
import { SETTING_LABELS } from '@/lib/sagas/variants';
import { RatingBars } from './rating-bars';

/** `<SagaFacts saga="epic-saga" />`: a variant's three settings and four ratings, from that note's `saga:` frontmatter. */
export function SagaFacts({ saga, site }: { saga: string; site: Pick<Site, 'sagas'> }) {
  const variant = site.sagas.find((v) => v.slug === saga);
  // The build already refused such a note (lib/content/check-sagas.ts); this guards one rendered outside it.
  if (!variant)
    throw new Error(
      `<SagaFacts saga="${saga}"> names no saga variant: "${saga}" is not a published note with a "saga:" block in its frontmatter`,
    );
  return (
    <div className="not-prose my-6 rounded-lg border border-line bg-raised p-4" data-saga={variant.slug}>
      <p className="text-sm">
        <span className="font-semibold">{variant.name}</span> <span className="font-mono text-muted">({variant.code})</span>
      </p>
      <ul aria-label="Settings" className="mt-2 flex flex-wrap gap-2 text-xs">
        <li className="rounded-full border border-line px-2 py-0.5">{SETTING_LABELS.communication[variant.communication]} communication</li>
        <li className="rounded-full border border-line px-2 py-0.5">{SETTING_LABELS.consistency[variant.consistency]} consistency</li>
        <li className="rounded-full border border-line px-2 py-0.5">{SETTING_LABELS.coordination[variant.coordination]} coordination</li>
      </ul>
      <div className="mt-4">
        <RatingBars variant={variant} />
      </div>
    </div>
  );
}
