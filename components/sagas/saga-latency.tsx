import { STRATEGY_ANSWERS, STRATEGY_LABELS, compareStrategies } from '@/lib/simulators/saga-latency';
import { SagaLatencySimulator } from '../simulators/lazy';

const EXAMPLE = { services: 3, callMs: 100 };

/**
 * The latency arithmetic for three services of 100 ms each, on the happy path and when the
 * last step fails. The table is the no-script content; the simulator replaces it with an
 * adjustable version once its script has loaded.
 */
export function SagaLatency() {
  const happy = compareStrategies(EXAMPLE);
  const failing = compareStrategies({ ...EXAMPLE, failingStep: EXAMPLE.services });
  return (
    <SagaLatencySimulator>
      <div className="not-prose my-6 overflow-x-auto rounded-lg border border-line" data-simulator="saga-latency">
        <table className="w-full text-left text-sm">
          <caption className="px-4 pt-3 text-left text-muted">
            {EXAMPLE.services} services, {EXAMPLE.callMs} ms per call: how long the caller waits
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="px-4 py-2">
                Strategy
              </th>
              <th scope="col" className="px-4 py-2">
                All steps succeed
              </th>
              <th scope="col" className="px-4 py-2">
                Last step fails
              </th>
            </tr>
          </thead>
          <tbody>
            {happy.map((result, index) => (
              <tr key={result.strategy} className="border-b border-line last:border-0">
                <th scope="row" className="px-4 py-2 font-normal">
                  {STRATEGY_LABELS[result.strategy]}
                  <span className="block text-xs text-muted">answers {STRATEGY_ANSWERS[result.strategy]}</span>
                </th>
                <td className="px-4 py-2">{result.answerMs} ms</td>
                <td className="px-4 py-2">
                  {failing[index]?.answerMs} ms
                  {failing[index] && failing[index].settledMs !== failing[index].answerMs ? (
                    <span className="text-muted"> (settles at {failing[index].settledMs} ms)</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SagaLatencySimulator>
  );
}
