import { describe, expect, it } from 'vitest';
import { admonitionTitles } from '@/lib/content/plugins/docusaurus/admonition-titles';

describe('admonitionTitles', () => {
  it('rewrites a title after the type into a label, keeping the line count', () => {
    const body = ':::tip Title [x]\nA\n:::\n\n::: tip\nB\n:::\n\n> :::note In a quote\n';
    const rewritten = admonitionTitles(body);
    expect(rewritten).toBe(':::tip[Title \\[x\\]]\nA\n:::\n\n:::tip \nB\n:::\n\n> :::note[In a quote]\n');
    expect(rewritten.split('\n')).toHaveLength(body.split('\n').length);
  });

  it('leaves fenced code, labels, attributes and prose alone', () => {
    const body = '```\n:::tip Title\n```\n:::tip[Label]\n:::tip{title="x"}\nA line ::: like this.\n';
    expect(admonitionTitles(body)).toBe(body);
  });
});
