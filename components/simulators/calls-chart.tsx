import { rebin } from '@/lib/simulators/retry-storm';

interface CallsChartProps {
  callsPerStep: number[];
  stepMs: number;
  outageMs: number;
  /** The chart's label: what a screen reader hears instead of the bars. */
  summary: string;
}

const MAX_BARS = 120;
const WIDTH = 600;
const HEIGHT = 160;
/** A duration in seconds, to one decimal, as the simulators print it. */
export const seconds = (ms: number) => `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s`;

/**
 * Calls per time step as bars, with the outage shaded; long runs merge steps to keep bars readable.
 * The table of the same data follows the figure rather than sitting in it: a <figcaption> must
 * be a figure's first or last child, and the caption belongs to the chart.
 */
export function CallsChart({ callsPerStep, stepMs, outageMs, summary }: CallsChartProps) {
  const { bars, barMs } = rebin(callsPerStep, stepMs, MAX_BARS);
  const peak = Math.max(1, ...bars);
  const barWidth = WIDTH / Math.max(bars.length, 20);
  const totalMs = Math.max(bars.length, 20) * barMs;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * totalMs);

  return (
    <div className="mt-3">
      <figure>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} className="h-auto w-full" role="img" aria-label={summary} data-testid="retry-chart">
          <rect
            x="0"
            y="0"
            width={Math.min(WIDTH, (outageMs / totalMs) * WIDTH)}
            height={HEIGHT}
            className="fill-red-500/10 dark:fill-red-400/15"
          />
          <text x="4" y="12" className="fill-muted text-[10px]">
            outage
          </text>
          {bars.map((calls, index) =>
            calls === 0 ? null : (
              <rect
                key={index}
                x={index * barWidth + 0.5}
                y={HEIGHT - (calls / peak) * (HEIGHT - 16)}
                width={Math.max(1, barWidth - 1)}
                height={(calls / peak) * (HEIGHT - 16)}
                className="fill-accent"
              />
            ),
          )}
          <line x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-line" />
          {ticks.map((ms, index) => (
            <text
              key={ms}
              x={(ms / totalMs) * WIDTH}
              y={HEIGHT + 14}
              textAnchor={index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'}
              className="fill-muted text-[10px]"
            >
              {seconds(ms)}
            </text>
          ))}
        </svg>
        <figcaption className="text-xs text-muted">
          Calls the service received per {barMs} ms (tallest bar: {peak}). Shaded: the outage.
        </figcaption>
      </figure>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">The same data as a table</summary>
        <table className="mt-2 text-left text-xs">
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                From
              </th>
              <th scope="col">Calls</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((calls, index) =>
              calls === 0 ? null : (
                <tr key={index}>
                  <td className="pr-4">{seconds(index * barMs)}</td>
                  <td>{calls}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </details>
    </div>
  );
}
