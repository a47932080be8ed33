/** Every page of the export conforms to HTML's content model, with unique ids (lib/testing/html-conformance.ts). Any wiki's export. */
import path from 'node:path';
import { exportConformance } from '../../../lib/testing/html-conformance';
import { MIN_PAGES } from '../../../lib/testing/suites';
import { expect, test } from '../fixtures';

test('every exported page conforms to the HTML content model, with no duplicate id', async () => {
  test.setTimeout(180_000);
  const result = await exportConformance(path.join(process.cwd(), process.env.ATLAS_OUT_DIR ?? 'out'));
  expect(result.pages).toBeGreaterThanOrEqual(MIN_PAGES);
  expect(result.problems).toEqual([]);
});
