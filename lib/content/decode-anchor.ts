/**
 * A percent-encoded anchor or path as text; one that is not valid encoding (a bare `%`, as in
 * `#100%`) stays as written instead of stopping the build. The one place anchors are decoded, in a
 * module of its own so the table of contents' small client chunk takes nothing else with it.
 */
export function decodeAnchor(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
