import { RATING_LEVELS, RATING_NAMES, ratingLevel, type RatingKey, type SagaVariant } from '@/lib/sagas/variants';

/** Four ratings as bars of five steps, with the words beside them so colour is never the only cue. */
export function RatingBars({ variant }: { variant: SagaVariant }) {
  return (
    <dl className="grid gap-2 text-sm">
      {(Object.keys(RATING_NAMES) as RatingKey[]).map((key) => {
        const rating = variant.ratings[key];
        const level = ratingLevel(rating);
        return (
          <div key={key} className="grid grid-cols-[minmax(6rem,11rem)_1fr] items-center gap-3">
            {/* "Responsiveness/availability" is one word to the browser: let it break after the slash, not run into the bars. */}
            <dt className="min-w-0 text-muted">
              {RATING_NAMES[key].split('/').flatMap((part, i, all) => (i < all.length - 1 ? [`${part}/`, <wbr key={i} />] : [part]))}
            </dt>
            <dd className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span role="img" aria-label={`${rating} (${level} of ${RATING_LEVELS.length})`} className="flex gap-0.5">
                {RATING_LEVELS.map((_, index) => (
                  <span key={index} className={`h-2.5 w-4 rounded-sm sm:w-6 ${index < level ? 'bg-accent' : 'bg-line'}`} />
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
