/** The whole export, crawled on disk: every internal link and #anchor of every page resolves. */
import path from 'node:path';
import { crawlExport } from '../../lib/testing/crawl-export';
import { expect, test } from './fixtures';

test('every internal link and #anchor in out/ resolves', () => {
  const result = crawlExport(path.join(process.cwd(), 'out'), process.env.BASE_PATH ?? '');
  expect(result.pages).toBeGreaterThan(40);
  expect(result.links).toBeGreaterThan(1000);
  expect(result.broken).toEqual([]);
});
