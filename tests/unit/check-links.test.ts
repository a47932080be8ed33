import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink } from '@/lib/links/check-link';
import { checkLinks, formatReport } from '@/lib/links/check-links';

let server: Server;
let origin = '';
const agents = new Set<string>();
let flakyCalls = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    agents.add(req.headers['user-agent'] ?? '');
    switch (req.url) {
      case '/ok':
        return res.writeHead(200).end('fine');
      case '/moved':
        return res.writeHead(301, { Location: '/ok' }).end();
      case '/gone':
        return res.writeHead(404).end();
      case '/slow':
        return; // never answers: the checker must give up on its own
      case '/flaky':
        flakyCalls += 1;
        return res.writeHead(flakyCalls === 1 ? 503 : 200).end();
      case '/no-head':
        return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
      default:
        return res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const options = { userAgent: 'Atlas link checker (test)', timeoutMs: 300, retries: 1, backoffMs: 20 };

describe('link checker', () => {
  it('reports a 200 as fine', async () => {
    expect(await checkLink(`${origin}/ok`, options)).toEqual({ url: `${origin}/ok`, status: 'ok', httpStatus: 200, attempts: 1 });
  });

  it('follows a 301 and reports where it ended', async () => {
    expect(await checkLink(`${origin}/moved`, options)).toMatchObject({ status: 'redirected', httpStatus: 200, finalUrl: `${origin}/ok` });
  });

  it('reports a 404 as broken without retrying', async () => {
    expect(await checkLink(`${origin}/gone`, options)).toMatchObject({ status: 'broken', httpStatus: 404, attempts: 1 });
  });

  it('gives up on a server that never answers, after retrying', async () => {
    expect(await checkLink(`${origin}/slow`, options)).toMatchObject({ status: 'broken', error: 'no answer within 300 ms', attempts: 2 });
  });

  it('retries a 503 with backoff and reports the link fine when the retry succeeds', async () => {
    expect(await checkLink(`${origin}/flaky`, options)).toMatchObject({ status: 'ok', httpStatus: 200, attempts: 2 });
  });

  it('falls back to GET when HEAD is refused', async () => {
    expect(await checkLink(`${origin}/no-head`, options)).toMatchObject({ status: 'ok', httpStatus: 200 });
  });

  it('reports a refused connection as broken instead of throwing', async () => {
    expect(await checkLink('http://127.0.0.1:9/', { ...options, retries: 0 })).toMatchObject({
      status: 'broken',
      error: expect.any(String),
    });
  });

  it('names the project in its User-Agent', () => {
    expect([...agents]).toEqual(['Atlas link checker (test)']);
  });

  it('sums a run up with the notes citing each problem', async () => {
    const report = await checkLinks(
      new Map([
        [`${origin}/ok`, ['content/a.mdx']],
        [`${origin}/moved`, ['content/b.mdx']],
        [`${origin}/gone`, ['content/a.mdx', 'content/c.mdx']],
      ]),
      { ...options, concurrency: 2 },
    );
    expect(report.counts).toEqual({ ok: 1, redirected: 1, broken: 1 });
    expect(formatReport(report)).toContain(`broken     ${origin}/gone HTTP 404\n             cited in content/a.mdx, content/c.mdx`);
  });
});
