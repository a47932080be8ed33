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
const BUILD_CODE = [
  'app/**/*.{ts,tsx}',
  'components/**/*.{ts,tsx}',
  'lib/**/*.ts',
  'scripts/{build,check,prepare-site,serve,start,dev,new-note}.ts',
];
const TEST_CODE = /from ['"](@playwright\/test|vitest|@\/lib\/testing\/[^'"]+|(\.\.?\/)+(lib\/)?testing\/[^'"]+)['"]/;

describe('build code', () => {
  it('imports no test tooling', () => {
    const files = globSync(BUILD_CODE, { cwd: root, ignore: ['lib/testing/**', 'lib/bench/**'] });
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => TEST_CODE.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

/**
 * What only the content check needs: Next compiles whatever the pages import, so they must reach
 * none of it. (mdx-bundler's small client, which runs a compiled note, is what pages use of it.
 * d3-force is not listed: the neighbourhood graph's lazily loaded view lays its graph out in
 * the browser, and tests/e2e/budgets.spec.ts keeps it out of every page's first load.)
 */
const PIPELINE = ['mdx-bundler', 'esbuild', 'unified', 'mermaid-isomorphic', 'playwright'];
const RUNTIME = new Set(['mdx-bundler/client']);
const IMPORT = /(?:from|import\()\s*['"]([^'"]+)['"]/g;
/** Type-only imports, which leave nothing in the compiled code. */
const TYPE_IMPORT = /(?:import|export)\s+type\s[^;]*?from\s*['"][^'"]+['"]/g;

/** Every module the pages and components reach through relative and `@/` imports, and the packages they name. */
function reachedFromPages(): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const pending = globSync(['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'], { cwd: root });
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const [, specifier] of readFileSync(path.join(root, file), 'utf8').replace(TYPE_IMPORT, '').matchAll(IMPORT)) {
      if (!specifier) continue;
      const local = specifier.startsWith('@/')
        ? specifier.slice(2)
        : specifier.startsWith('.')
          ? path.join(path.dirname(file), specifier)
          : undefined;
      if (local === undefined) {
        if (!packages.has(specifier)) packages.set(specifier, file);
        continue;
      }
      const found = ['.ts', '.tsx', '/index.ts']
        .map((ext) => `${local}${ext}`)
        .find((candidate) => globSync(candidate, { cwd: root }).length > 0);
      if (found) pending.push(found);
    }
  }
  return { modules, packages };
}

describe('the pages', () => {
  it('read the site snapshot and reach none of the content pipeline, which Next would otherwise compile into every build', () => {
    const { modules, packages } = reachedFromPages();
    expect(modules).toContain('lib/site/current.ts');
    expect(modules).not.toContain('lib/content/build-content.ts');
    expect(modules).not.toContain('lib/content/compile.ts');
    const offenders = [...packages].filter(([name]) => !RUNTIME.has(name) && PIPELINE.some((p) => name === p || name.startsWith(`${p}/`)));
    expect(offenders).toEqual([]);
  });
});
