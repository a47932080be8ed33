/**
 * `Range` requests, made safe for sirv. sirv reads the header with a bare `split('-')` and hands
 * the numbers to `fs.createReadStream`, which throws on `bytes=5-1` or an end past 2^53: a
 * throw that takes the whole server down. So the header is parsed here first, by range-parser
 * (Express's), against the file's real size, and only a range sirv serves correctly reaches it.
 */
import type { IncomingMessage } from 'node:http';
import parseRange from 'range-parser';

/**
 * Rewrites `req.headers.range` in place, before sirv reads it: one satisfiable byte range in
 * the canonical `bytes=start-end`; an unsatisfiable one as `bytes=<size>-`, which sirv answers
 * 416 with the size in `Content-Range`; anything else removed, so the whole file is sent with a
 * 200, as RFC 9110 allows a server to do with any range it will not serve.
 */
export function normaliseRange(req: IncomingMessage, size: number, lastModified: Date): void {
  const header = req.headers.range;
  if (header === undefined) return;
  delete req.headers.range;
  // sirv compares no validator: a range of a file that changed since must not be spliced in.
  const ifRange = req.headers['if-range'];
  if (ifRange !== undefined && ifRange !== lastModified.toUTCString()) return;
  const ranges = parseRange(size, header, { combine: true });
  if (ranges === -2) return;
  if (ranges === -1) {
    req.headers.range = `bytes=${size}-`;
    return;
  }
  const [range] = ranges;
  // Several ranges would need a multipart answer, which sirv does not write. And sirv reads an
  // end of 0 as "to the end": `bytes=0-0` is answered whole rather than wrongly.
  if (ranges.type !== 'bytes' || ranges.length !== 1 || !range || range.end === 0) return;
  req.headers.range = `bytes=${range.start}-${range.end}`;
}
