/**
 * Checks one external link the way a polite crawler would: HEAD first (GET when a server
 * refuses HEAD), redirects followed by hand so they can be reported, a timeout per attempt,
 * and retries with exponential backoff for failures that may pass (network errors,
 * timeouts, 429 and 5xx).
 */
export type LinkStatus = 'ok' | 'redirected' | 'broken';

export interface LinkResult {
  url: string;
  status: LinkStatus;
  /** Final HTTP status, absent when no response came. */
  httpStatus?: number;
  /** Where a redirect chain ended. */
  finalUrl?: string;
  error?: string;
  attempts: number;
}

export interface CheckOptions {
  userAgent: string;
  timeoutMs?: number;
  /** Retries after the first attempt. */
  retries?: number;
  backoffMs?: number;
  maxRedirects?: number;
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;

export async function checkLink(url: string, options: CheckOptions): Promise<LinkResult> {
  const { retries = 1, backoffMs = 1000 } = options;
  let last: LinkResult = { url, status: 'broken', attempts: 0 };
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
    last = { ...(await attemptOnce(url, options)), attempts: attempt + 1 };
    const retryable = last.httpStatus === undefined || RETRYABLE(last.httpStatus);
    if (last.status !== 'broken' || !retryable) break;
  }
  return last;
}

async function attemptOnce(url: string, options: CheckOptions): Promise<Omit<LinkResult, 'attempts'>> {
  const { maxRedirects = 5 } = options;
  let current = url;
  try {
    for (let hop = 0; hop <= maxRedirects; hop += 1) {
      let response = await request(current, 'HEAD', options);
      // Some servers answer HEAD with 403/405/501 yet serve GET; ask again the normal way.
      if ([403, 405, 501].includes(response.status)) response = await request(current, 'GET', options);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).toString();
        continue;
      }
      const ok = response.status < 400;
      const moved = current !== url;
      return {
        url,
        status: ok ? (moved ? 'redirected' : 'ok') : 'broken',
        httpStatus: response.status,
        ...(moved ? { finalUrl: current } : {}),
      };
    }
    return { url, status: 'broken', error: `more than ${maxRedirects} redirects` };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { url, status: 'broken', error: timedOut ? `no answer within ${options.timeoutMs ?? 10_000} ms` : describe(error) };
  }
}

async function request(url: string, method: 'HEAD' | 'GET', { userAgent, timeoutMs = 10_000 }: CheckOptions): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    headers: { 'User-Agent': userAgent, Accept: 'text/html,*/*;q=0.8' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  // Only the status matters: drop the body so the connection is freed.
  await response.body?.cancel();
  return response;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
