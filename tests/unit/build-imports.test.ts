/**
 * Build code must not depend on test code: the diagram renderer once found its browser through
 * lib/testing/, which imports @playwright/test, so a build pulled in the test runner.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
/** Everything a build, a check or the server runs: the app, components, the library but its test helpers, and those scripts. */
const BUILD_CODE = ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.ts', 'scripts/{build,check,serve,start,dev,new-note}.ts'];
const TEST_CODE = /from ['"](@playwright\/test|vitest|@\/lib\/testing\/[^'"]+|(\.\.?\/)+(lib\/)?testing\/[^'"]+)['"]/;

describe('build code', () => {
  it('imports no test tooling', () => {
    const files = globSync(BUILD_CODE, { cwd: root, ignore: ['lib/testing/**', 'lib/bench/**'] });
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => TEST_CODE.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
