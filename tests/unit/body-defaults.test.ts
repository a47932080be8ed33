import { describe, expect, it } from 'vitest';
import { bodyDefaults } from '@/lib/content/body-defaults';

describe('bodyDefaults', () => {
  it('takes the first level-one heading and the first paragraph, in plain words', () => {
    const body =
      '<!-- generated -->\n\n# Use **Postgres**\n\nWe chose [Postgres](https://postgresql.org) over `MySQL` for [[json-support|JSON]].\nIt is boring.\n\n## Context\n';
    expect(bodyDefaults(body)).toEqual({
      title: 'Use Postgres',
      titleLine: 2,
      summary: 'We chose Postgres over MySQL for JSON. It is boring.',
    });
  });

  it('skips code fences, lists and images when looking for the paragraph', () => {
    expect(bodyDefaults('```\n# not a heading\n```\n\n- a list\n\n![x](y.png)\n\nThe paragraph.\n')).toEqual({ summary: 'The paragraph.' });
  });

  it('shortens a long paragraph at a word', () => {
    const summary = bodyDefaults(`${'word '.repeat(100)}\n`).summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(241);
    expect(summary.endsWith('word…')).toBe(true);
  });

  it('skips link definitions above the heading, and footnote marks in the paragraph', () => {
    expect(bodyDefaults('[Config]: ./README.md#config\n\n# Configuring the dashboard\n\nSet [Config][] first.[^1]\n')).toEqual({
      title: 'Configuring the dashboard',
      titleLine: 2,
      summary: 'Set Config first.',
    });
  });

  it('skips admonitions and display math when looking for the paragraph', () => {
    expect(bodyDefaults(':::tip Title\nInside.\n:::\n\n$$\nx^2\n$$\n\n$$y$$\n\nThe paragraph.\n')).toEqual({ summary: 'The paragraph.' });
  });

  it("reads Obsidian's ==highlights== as their words", () => {
    expect(bodyDefaults('The ==marked== words.\n')).toEqual({ summary: 'The marked words.' });
  });

  it('ignores a heading that comes after the first paragraph', () => {
    expect(bodyDefaults('Intro first.\n\n# Late title\n')).toEqual({ summary: 'Intro first.' });
  });
});
