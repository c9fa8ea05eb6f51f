import { defineConfig } from 'vitest/config';
import CountsReporter from './test/countsReporter.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'engine/**/*.test.ts', 'scenarios/**/*.test.ts', 'cli/**/*.test.ts'],
    reporters: ['default', new CountsReporter()],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
