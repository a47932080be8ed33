import { describe, expect, it } from 'vitest';
import { notePlace, titleFromName } from '@/lib/content/note-place';

describe('notePlace', () => {
  it('takes the slug from the file name and the area from the first folder', () => {
    expect(notePlace('sagas/epic-saga.mdx')).toEqual({
      slug: 'epic-saga',
      area: 'sagas',
      areaFolder: 'sagas',
      role: 'note',
      format: 'mdx',
    });
    expect(notePlace('Team Handbook/deep/0001-Use Postgres.md')).toMatchObject({
      slug: '0001-use-postgres',
      area: 'team-handbook',
      format: 'md',
    });
  });

  it('reads a README or index as its folder, and the top one as the home page', () => {
    expect(notePlace('handbook/README.md')).toMatchObject({ slug: 'handbook', area: 'handbook', role: 'folder-intro' });
    expect(notePlace('handbook/ci/index.mdx')).toMatchObject({ slug: 'ci', area: 'handbook', role: 'folder-intro' });
    expect(notePlace('README.md')).toMatchObject({ role: 'home' });
  });

  it('puts files at the top of the content folder in the general area', () => {
    expect(notePlace('loose.md')).toMatchObject({ slug: 'loose', area: 'general', areaFolder: '' });
  });
});

describe('titleFromName', () => {
  it('reads a folder name as a sentence-case title', () => {
    expect(titleFromName('team-handbook')).toBe('Team handbook');
    expect(titleFromName('release_train')).toBe('Release train');
    expect(titleFromName('configuringDashboard')).toBe('Configuring dashboard');
  });
});
