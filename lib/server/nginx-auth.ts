/**
 * The private wiki in the nginx config: Basic auth from an htpasswd file (as `npm start` does),
 * or single sign-on through oauth2-proxy with nginx's `auth_request`. Both go at server level,
 * so every location inherits them: pages, assets, the .gz files, the 404 page.
 */
import { CACHE_HASHED, CACHE_SHORT, privateCache } from './cache-policy';
import { realmText } from './realm';

export type NginxAuth =
  /** `userFile` is an absolute path on the machine nginx runs on. */
  | { kind: 'basic'; userFile: string; realm: string }
  /** `upstream` is where oauth2-proxy listens, e.g. `http://127.0.0.1:4180`. */
  | { kind: 'oauth2-proxy'; upstream: string };

export interface NginxAuthParts {
  /** For the http block: Cache-Control by status (`add_header` cannot test the status itself). */
  maps: string;
  /** For the server block, before the locations. */
  server: string;
  /** Cache-Control values for the hashed-asset and the other locations, and the 404 page. */
  cacheHashed: string;
  cacheShort: string;
  cacheNotFound: string;
}

const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

export function nginxAuth(auth: NginxAuth): NginxAuthParts {
  // As in the Node server: every answer is private to the browser that signed in, and a 401 is
  // kept by no cache (oauth2-proxy's pages get no-store in their own location).
  const map = (name: string, policy: string) =>
    `map $status ${name} {\n    401 ${quote(privateCache('no-store'))};\n    default ${quote(privateCache(policy))};\n}`;
  const maps = `\n${map('$atlas_cache_hashed', CACHE_HASHED)}\n${map('$atlas_cache_short', CACHE_SHORT)}\n`;
  return {
    maps,
    server: auth.kind === 'basic' ? basic(auth) : oauth2Proxy(auth.upstream),
    cacheHashed: '$atlas_cache_hashed',
    cacheShort: '$atlas_cache_short',
    cacheNotFound: privateCache('no-cache'),
  };
}

function basic({ userFile, realm }: { userFile: string; realm: string }): string {
  // nginx writes the realm between quotes as it is given: realmText escapes it for the header,
  // quote() for the config file.
  return `
    auth_basic ${quote(realmText(realm))};
    auth_basic_user_file ${quote(userFile)};
`;
}

// The wiring oauth2-proxy documents for nginx: every request is first asked of /oauth2/auth;
// a 401 there shows oauth2-proxy's sign-in page, which sends the reader back after signing in.
function oauth2Proxy(upstream: string): string {
  return `
    auth_request /oauth2/auth;
    error_page 401 =403 /oauth2/sign_in;

    location /oauth2/ {
        auth_request off;
        proxy_pass ${upstream};
        # The sign-in page stands in for any page the reader asked for: never cache it.
        proxy_hide_header Cache-Control;
        add_header Cache-Control "no-store" always;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Auth-Request-Redirect $request_uri;
    }

    location = /oauth2/auth {
        auth_request off;
        proxy_pass ${upstream};
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-Uri $request_uri;
        # auth_request sends the headers only; oauth2-proxy needs no body.
        proxy_set_header Content-Length "";
        proxy_pass_request_body off;
    }
`;
}
