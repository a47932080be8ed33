/** Renders a compiled fixture note to HTML, with stand-ins for the components a test does not look at. */
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileAtFile, note } from './helpers';

const PLAIN = {
  WikiLink: ({ target }: { target: string }) => target,
  CodeBlock: ({ title, language, children }: { title?: string; language?: string; children: ReactNode }) =>
    createElement('div', { 'data-code-block': '', 'data-title': title, 'data-language': language }, children),
  Embed: ({ target, anchor }: { target: string; anchor?: string }) =>
    createElement('div', { 'data-embed': anchor ? `${target}#${anchor}` : target }),
};

export async function compileBody(body: string, file = 'data/fixture.mdx') {
  const result = await compileAtFile(note(file, 'title: Fixture\nsummary: S.', body));
  if (!result.compiled) throw new Error(JSON.stringify(result.problems));
  return result.compiled;
}

export async function renderBody(body: string, file?: string): Promise<string> {
  const Content = getMDXComponent((await compileBody(body, file)).code);
  return renderToStaticMarkup(createElement(Content, { components: PLAIN }));
}
