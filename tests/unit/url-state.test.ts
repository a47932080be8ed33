import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryOf, readUrlState, replaceUrlState, subscribeToUrlState } from '@/lib/client/url-state';

const DEFAULTS = { failure: 20, strategy: 'none', q: '' };
const ALLOWED = { failure: { min: 0, max: 100 }, strategy: ['none', 'exponential'], q: 'text' } as const;

describe('readUrlState', () => {
  it('reads known keys, clamps numbers to their range and keeps free text as written', () => {
    expect(readUrlState('?failure=150&strategy=exponential&q=circuit+breaker&other=1', DEFAULTS, ALLOWED)).toEqual({
      failure: 100,
      strategy: 'exponential',
      q: 'circuit breaker',
    });
    expect(readUrlState('failure=-3.6', DEFAULTS, ALLOWED)).toEqual({ ...DEFAULTS, failure: 0 });
  });

  it('keeps the default for what is missing, empty, not a number or not an allowed word', () => {
    expect(readUrlState('', DEFAULTS, ALLOWED)).toEqual(DEFAULTS);
    expect(readUrlState('?failure=x&strategy=bogus&q=', DEFAULTS, ALLOWED)).toEqual(DEFAULTS);
    expect(readUrlState('?failure=%20', DEFAULTS, ALLOWED)).toEqual(DEFAULTS);
  });
});

describe('queryOf', () => {
  it('leaves defaults out, so the default state is the plain address', () => {
    expect(queryOf('?failure=50', DEFAULTS, DEFAULTS)).toBe('');
    expect(queryOf('', { ...DEFAULTS, strategy: 'exponential' }, DEFAULTS)).toBe('?strategy=exponential');
  });

  it('keeps other parameters first, then ours in the order of the defaults', () => {
    expect(queryOf('?q=old&utm=a&failure=1', { failure: 50, strategy: 'exponential', q: 'two words' }, DEFAULTS)).toBe(
      '?utm=a&failure=50&strategy=exponential&q=two+words',
    );
  });

  it('round-trips every state through the query string', () => {
    const state = { failure: 7, strategy: 'exponential', q: 'a&b=c' };
    expect(readUrlState(queryOf('', state, DEFAULTS), DEFAULTS, ALLOWED)).toEqual(state);
  });
});

describe('replaceUrlState', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The parts of `window` the URL state touches: location, history and events. */
  function fakeWindow(href: string) {
    const events = new EventTarget();
    const location = new URL(href);
    const history = {
      state: { router: 'kept' } as unknown,
      replaceState: vi.fn((state: unknown, _unused: string, url: string) => {
        history.state = state;
        location.href = new URL(url, location).href;
      }),
    };
    const win = Object.assign(events, { location, history });
    vi.stubGlobal('window', win);
    return win;
  }

  it('replaces the query without a history entry, keeps path, hash and history state, and tells subscribers', () => {
    const win = fakeWindow('https://atlas.test/kb/notes/x/?utm=a&failure=20#sim');
    const onChange = vi.fn();
    const unsubscribe = subscribeToUrlState(onChange);
    replaceUrlState({ ...DEFAULTS, failure: 60 }, DEFAULTS);
    expect(win.location.href).toBe('https://atlas.test/kb/notes/x/?utm=a&failure=60#sim');
    expect(win.history.replaceState).toHaveBeenCalledWith({ router: 'kept' }, '', '/kb/notes/x/?utm=a&failure=60#sim');
    expect(onChange).toHaveBeenCalledTimes(1);

    // Back to the defaults: the parameter goes; the browser's back and forward count as changes too.
    replaceUrlState(DEFAULTS, DEFAULTS);
    expect(win.location.href).toBe('https://atlas.test/kb/notes/x/?utm=a#sim');
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(3);
    unsubscribe();
    replaceUrlState(DEFAULTS, DEFAULTS);
    expect(onChange).toHaveBeenCalledTimes(3);
  });
});
