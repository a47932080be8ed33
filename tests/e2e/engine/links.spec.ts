/** The whole export, crawled on disk: every internal link and #anchor of every page resolves. Any wiki's export. */
import path from 'node:path';
import { crawlExport } from '../../../lib/testing/crawl-export';
import { MIN_PAGES } from '../../../lib/testing/suites';
import { expect, test } from '../fixtures';

test('every internal link and #anchor of the export resolves', () => {
  const result = crawlExport(path.join(process.cwd(), process.env.ATLAS_OUT_DIR ?? 'out'), process.env.BASE_PATH ?? '');
  expect(result.pages).toBeGreaterThanOrEqual(MIN_PAGES);
  expect(result.links).toBeGreaterThanOrEqual(MIN_PAGES * 10);
  expect(result.broken).toEqual([]);
});
