import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // The test files share each worker's loaded modules instead of loading unified, MDX and the
    // pipeline again for each file: 75 s to 25 s for the unit tests on two cores. Tests keep no
    // state between files (the settings are read once, the same for all).
    isolate: false,
    testTimeout: 60_000,
  },
});
