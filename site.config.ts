import type { SiteConfigInput } from './lib/config/schema';

/**
 * The engine's settings, validated at build time by `lib/config/schema.ts`. The content folder
 * may carry a `site.config.yaml` of its own (ours does: `content/site.config.yaml` names the atlas
 * and its areas), layered over these, so a team keeps its settings with its notes. `BASE_PATH`,
 * `SITE_URL`, `CONTENT_DIR` and `BROKEN_LINKS` in the environment override both.
 */
const config: SiteConfigInput = {
  name: 'Wiki',
  description: 'Notes, cross-linked and searchable.',
  url: 'http://localhost:3000',
  basePath: '',
  editUrl: '',
  contentDir: 'content',
};

export default config;
