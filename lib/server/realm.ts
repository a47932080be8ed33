/**
 * The Basic-auth realm (the site's name, from site.config.ts), as both servers send it in
 * `WWW-Authenticate: Basic realm="…"`. The name is the site owner's, but it lands in a header
 * and in an nginx config, so it is treated as untrusted text.
 */

/**
 * The text between the realm's quotes: printable ASCII only (CR and LF could start a new header,
 * or a new nginx directive), `"` and `\` escaped for the quoted-string, and `$` dropped, because
 * nginx's `auth_basic` reads it as a variable. Empty after that: "Private wiki".
 */
export function realmText(name: string): string {
  return name.replace(/[^\x20-\x7e]|\$/g, '').replace(/["\\]/g, '\\$&') || 'Private wiki';
}
