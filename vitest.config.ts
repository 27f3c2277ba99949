import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources: the `@untk/source` export condition points each package at src/.
const conditions = ['@untk/source'];
const libraries = ['core', 'segmentation', 'extraction', 'reports'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    projects: [
      ...libraries.map((name) => ({
        extends: true as const,
        test: {
          name,
          include: [`packages/${name}/test/**/*.test.ts`],
          // Library code never prints: any console call fails the test.
          setupFiles: ['scripts/fail-on-console.ts'],
        },
      })),
      // A report run renders its charts to SVG and PNG (about a second of font loading per PNG): more than 5 s.
      {
        extends: true as const,
        test: { name: 'cli', include: ['packages/cli/test/**/*.test.ts'], testTimeout: 30_000 },
      },
      { extends: true as const, test: { name: 'e2e', include: ['test/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
