/**
 * The subfolders of `public/` the emit stage owns (lib/build/emit.ts): it empties them before
 * writing, and they are git-ignored. A team's own public files must live elsewhere (anything
 * else in `public/` is kept). Apart from the emit stage so that `npm start` reads it without the pipeline.
 */
export const GENERATED_PUBLIC_DIRS = ['graph', 'previews', 'search-index', 'assets'] as const;
