'use client';

import Link from 'next/link';
import { useState } from 'react';
import { noteHref } from '@/lib/content/paths';
import { nextSort, sortVariants, type SagaSort } from '@/lib/sagas/sort-variants';
import { RATING_NAMES, SETTING_LABELS, type RatingKey, type SagaVariant } from '@/lib/sagas/variants';

const RATING_KEYS = Object.keys(RATING_NAMES) as RatingKey[];
const cell = 'px-3 py-2';

/**
 * Every variant note of the wiki with its ratings. Each rating header is a button that sorts by it
 * (again to reverse); `aria-sort` tells screen readers which column orders the rows.
 * Rendered on the server in the book's order, so it reads fully without JavaScript.
 */
export function SagaMatrix({ variants }: { variants: readonly SagaVariant[] }) {
  const [sort, setSort] = useState<SagaSort>();
  const rows = sortVariants(variants, sort);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="saga-matrix-caption">
      <table className="w-full text-left text-sm" data-testid="saga-matrix">
        <caption id="saga-matrix-caption" className="pb-2 text-left text-muted">
          {variants.length === 1 ? 'One saga variant' : `${variants.length} saga variants`} and their ratings
          {sort ? `, sorted by ${RATING_NAMES[sort.key].toLowerCase()} (${sort.direction})` : ''}
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={cell}>
              Variant
            </th>
            <th scope="col" className={cell}>
              Communication
            </th>
            <th scope="col" className={cell}>
              Consistency
            </th>
            <th scope="col" className={cell}>
              Coordination
            </th>
            {RATING_KEYS.map((key) => (
              <th key={key} scope="col" className={cell} aria-sort={sort?.key === key ? sort.direction : undefined}>
                <button
                  type="button"
                  onClick={() => setSort(nextSort(sort, key))}
                  className="inline-flex items-center gap-1 rounded font-semibold hover:text-accent"
                >
                  {RATING_NAMES[key]}
                  <span aria-hidden="true" className="text-muted">
                    {sort?.key !== key ? '↕' : sort.direction === 'ascending' ? '↑' : '↓'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((variant) => (
            <tr key={variant.slug} className="border-b border-line last:border-0" data-saga-row={variant.slug}>
              <th scope="row" className={`${cell} font-normal`}>
                <Link href={noteHref(variant.slug)} prefetch={false} className="text-accent underline underline-offset-2">
                  {variant.name}
                </Link>
              </th>
              <td className={cell}>{SETTING_LABELS.communication[variant.communication]}</td>
              <td className={cell}>{SETTING_LABELS.consistency[variant.consistency]}</td>
              <td className={cell}>{SETTING_LABELS.coordination[variant.coordination]}</td>
              {RATING_KEYS.map((key) => (
                <td key={key} className={cell}>
                  {variant.ratings[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
