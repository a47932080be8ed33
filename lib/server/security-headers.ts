/** Headers sent with every response of the static server. */
export interface HeaderSource {
  forPath(pathname: string): Record<string, string>;
}

const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export function securityHeaders(_root: string): HeaderSource {
  return { forPath: () => BASE_HEADERS };
}
