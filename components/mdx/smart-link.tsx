import Link from 'next/link';
import type { ComponentProps } from 'react';
import { isExternalHref } from '@/lib/content/paths';

/**
 * Links in note bodies: internal ones go through Next's Link (which applies the base path),
 * external ones open in a new tab, are marked, and share no referrer or opener.
 */
export function SmartLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (isExternalHref(href)) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" className="external-link" {...rest}>
        {children}
        <span aria-hidden="true" className="ml-0.5 text-[0.8em]">
          ↗
        </span>
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    );
  }
  if (href.startsWith('/')) {
    return (
      <Link href={href} prefetch={false} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
