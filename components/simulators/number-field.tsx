'use client';

import { useId, useState } from 'react';
import type { IntRange } from '@/lib/client/url-state';

interface NumberFieldProps {
  label: string;
  value: number;
  range: IntRange;
  onChange: (value: number) => void;
}

/**
 * A labelled whole-number input. What the reader types is kept as typed while the field has
 * focus, and only values within the range reach the simulator, so typing "100" never passes
 * through a clamped "1".
 */
export function NumberField({ label, value, range, onChange }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="flex items-center justify-between gap-3">
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        value={draft ?? String(value)}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const number = Number(text);
          if (text !== '' && Number.isInteger(number) && number >= range.min && number <= range.max) onChange(number);
        }}
        onBlur={() => setDraft(null)}
        className="w-24 rounded-md border border-line bg-surface px-2 py-1 text-right text-sm text-ink"
      />
    </div>
  );
}

/** The classes shared by the simulators' buttons. */
export const BUTTON =
  'rounded-md border border-line bg-raised px-3 py-1.5 text-sm font-medium text-ink hover:border-accent disabled:opacity-50';
