import { describe, expect, it, vi } from 'vitest';
import { findBrowser, SYSTEM_CHROMIUM_FLAGS } from '@/lib/browser/find-browser';
import { sandboxedLaunch, sandboxFlags, withSandboxFallback } from '@/lib/browser/sandbox';
import { browserRenderer } from '@/lib/diagrams/browser-renderer';

const choice = { executablePath: '/usr/bin/chromium', args: SYSTEM_CHROMIUM_FLAGS };
const launchFailure = new Error('browserType.launch: Target page, context or browser has been closed\nChromium sandboxing failed!');

describe("the build's browser keeps its sandbox where it works", () => {
  it('asks for the sandbox unless running as root, and never passes --no-sandbox itself', () => {
    expect(sandboxedLaunch(choice, 1000).chromiumSandbox).toBe(true);
    expect(sandboxedLaunch(choice, 0).chromiumSandbox).toBe(false);
    expect(SYSTEM_CHROMIUM_FLAGS).not.toContain('--no-sandbox');
    expect(sandboxFlags(1000)).toEqual([]);
    expect(sandboxFlags(0)).toEqual(['--no-sandbox']);
  });

  it('starts again without the sandbox, once, when the sandboxed launch fails', async () => {
    const warn = vi.fn();
    const make = vi.fn((options: { chromiumSandbox?: boolean }) => async (x: number) => {
      if (options.chromiumSandbox) throw launchFailure;
      return x * 2;
    });
    const run = withSandboxFallback({ chromiumSandbox: true }, make, warn);
    expect(await run(2)).toBe(4);
    expect(await run(3)).toBe(6);
    expect(make.mock.calls.map(([options]) => options.chromiumSandbox)).toEqual([true, false]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('rethrows failures that are not a launch, and launch failures without the sandbox', async () => {
    const failing = (error: Error) => () => async () => Promise.reject(error);
    await expect(withSandboxFallback({ chromiumSandbox: true }, failing(new Error('page.goto: net::ERR')))()).rejects.toThrow('page.goto');
    await expect(withSandboxFallback({ chromiumSandbox: false }, failing(launchFailure))()).rejects.toThrow('browserType.launch');
  });

  // As a user, the sandbox starts (checked on Debian's chromium); as root it cannot, so
  // pretending not to be root there takes the fallback path with a real browser.
  it.skipIf(!findBrowser())(
    'draws a diagram with a real browser whichever way the sandbox goes',
    async () => {
      const render = browserRenderer('test', 1000);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const [outcome] = await render!([{ source: 'flowchart LR\n  a --> b' }]);
      expect(outcome?.svg).toMatch(/^<svg/);
      expect(warn.mock.calls.length).toBe(process.getuid?.() === 0 ? 1 : 0);
      warn.mockRestore();
    },
    60_000,
  );
});
