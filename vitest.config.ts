import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // .tmp holds scratch work (eval indexes, git worktrees of older commits); its tests are not this checkout's.
    exclude: ['**/node_modules/**', 'web/dist/**', '.tmp/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
