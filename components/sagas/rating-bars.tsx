import { RATING_LEVELS, RATING_NAMES, ratingLevel, type RatingKey, type SagaVariant } from '@/lib/sagas/variants';

/** Four ratings as bars of five steps, with the words beside them so colour is never the only cue. */
export function RatingBars({ variant }: { variant: SagaVariant }) {
  return (
    <dl className="grid gap-2 text-sm">
      {(Object.keys(RATING_NAMES) as RatingKey[]).map((key) => {
        const rating = variant.ratings[key];
        const level = ratingLevel(rating);
        return (
          <div key={key} className="grid grid-cols-[11rem_1fr] items-center gap-3">
            <dt className="text-muted">{RATING_NAMES[key]}</dt>
            <dd className="flex items-center gap-3">
              <span role="img" aria-label={`${rating} (${level} of ${RATING_LEVELS.length})`} className="flex gap-0.5">
                {RATING_LEVELS.map((_, index) => (
                  <span key={index} className={`h-2.5 w-6 rounded-sm ${index < level ? 'bg-accent' : 'bg-line'}`} />
                ))}
              </span>
              <span>{rating}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
