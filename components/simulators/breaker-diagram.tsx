import { useId } from 'react';
import { type BreakerState, STATE_LABELS } from '@/lib/simulators/circuit-breaker';

interface Box {
  state: BreakerState;
  x: number;
  y: number;
}

const W = 104;
const H = 36;
const BOXES: Box[] = [
  { state: 'closed', x: 8, y: 14 },
  { state: 'open', x: 248, y: 14 },
  { state: 'half-open', x: 128, y: 124 },
];

/** Arrows between the boxes, each labelled with what moves the breaker along it. */
const ARROWS = [
  { d: 'M112 32 H246', label: ['failures reach threshold'], x: 180, y: 24, anchor: 'middle' },
  { d: 'M270 50 L214 122', label: ['timeout, next call'], x: 234, y: 84, anchor: 'end' },
  { d: 'M232 150 Q318 150 308 52', label: ['a trial fails'], x: 300, y: 166, anchor: 'middle' },
  { d: 'M150 124 L72 52', label: ['enough trial', 'successes'], x: 100, y: 92, anchor: 'end' },
] as const;

/** The three states and their transitions, drawn small, with the current state filled. */
export function BreakerDiagram({ current }: { current: BreakerState }) {
  const marker = `arrow-${useId().replace(/:/g, '')}`;
  return (
    <svg
      viewBox="0 0 360 172"
      className="h-auto w-full max-w-md"
      role="img"
      aria-label={`State diagram of the breaker; current state: ${STATE_LABELS[current]}`}
    >
      <defs>
        <marker id={marker} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L8 4 L0 8 z" className="fill-muted" />
        </marker>
      </defs>
      {ARROWS.map((arrow) => (
        <g key={arrow.d}>
          <path d={arrow.d} className="fill-none stroke-muted" strokeWidth="1.5" markerEnd={`url(#${marker})`} />
          <text x={arrow.x} y={arrow.y} textAnchor={arrow.anchor} className="fill-muted text-[10px]">
            {arrow.label.map((line, i) => (
              <tspan key={line} x={arrow.x} dy={i === 0 ? 0 : 12}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {BOXES.map(({ state, x, y }) => {
        const active = state === current;
        return (
          <g key={state} data-state={state} data-current={active || undefined}>
            <rect
              x={x}
              y={y}
              width={W}
              height={H}
              rx="8"
              className={`motion-safe:transition-colors ${active ? 'fill-accent stroke-accent' : 'fill-raised stroke-line'}`}
              strokeWidth="2"
            />
            <text
              x={x + W / 2}
              y={y + H / 2 + 5}
              textAnchor="middle"
              className={`text-[14px] font-semibold ${active ? 'fill-accent-ink' : 'fill-ink'}`}
            >
              {STATE_LABELS[state]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
