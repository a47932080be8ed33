import { SETTING_LABELS, sagaBySlug } from '@/lib/sagas/variants';
import { RatingBars } from './rating-bars';

/** A variant's three settings and four ratings, from the one table in lib/sagas. */
export function SagaFacts({ saga }: { saga: string }) {
  const variant = sagaBySlug(saga);
  if (!variant) throw new Error(`<SagaFacts saga="${saga}"> names no saga variant`);
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
