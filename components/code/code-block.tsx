import type { ReactNode } from 'react';
import { CopyButton } from './lazy';

/**
 * A fenced code block (lib/content/plugins/rehype-code-blocks.ts): a header with its title, its
 * language and a copy button, over the highlighted `<pre>`.
 */
export function CodeBlock({ title, language, children }: { title?: string; language?: string; children: ReactNode }) {
  return (
    <div className="code-block" data-code-block="">
      <div className="code-block-header">
        {title ? <span className="code-block-title">{title}</span> : null}
        {language ? (
          <span className="code-block-language">
            <span className="sr-only">Language: </span>
            {language}
          </span>
        ) : null}
        <CopyButton />
      </div>
      {children}
    </div>
  );
}
