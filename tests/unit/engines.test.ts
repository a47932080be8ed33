/**
 * package.json's `engines.node` promises no Node version that a direct dependency refuses: each
 * one's own `engines.node`, as installed, must allow every version our range allows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface Manifest {
  version: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const root = path.join(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Manifest;
const ours = read(path.join(root, 'package.json'));
const direct = { ...ours.dependencies, ...ours.devDependencies };

describe("package.json's Node range", () => {
  it('is one that the Node running the tests (as CI runs them) satisfies', () => {
    expect(ours.engines?.node).toBeDefined();
    expect(semver.satisfies(process.version, ours.engines!.node!), process.version).toBe(true);
  });

  it.each(Object.keys(direct))('is within what %s asks for', (name) => {
    // Read by path: some packages' `exports` do not expose their package.json.
    const installed = read(path.join(root, 'node_modules', name, 'package.json'));
    const theirs = installed.engines?.node;
    if (theirs === undefined) return;
    expect(semver.subset(ours.engines!.node!, theirs), `${name} ${installed.version} asks for Node ${theirs}`).toBe(true);
  });

  it('pins every direct dependency to one version, as installed', () => {
    for (const [name, spec] of Object.entries(direct)) {
      expect(semver.valid(spec), `${name}: ${spec}`).toBe(spec);
      expect(read(path.join(root, 'node_modules', name, 'package.json')).version, name).toBe(spec);
    }
  });
});
