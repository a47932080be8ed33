'use client';

/**
 * The copy button behind next/dynamic: its own chunk, fetched only by pages that have a code
 * block (a plain client import would put it into the bundle every note shares). It still renders
 * on the server, so the button is in the exported HTML and takes no room when the code arrives.
 */
import dynamic from 'next/dynamic';

export const CopyButton = dynamic(() => import('./copy-button').then((m) => m.CopyButton));
