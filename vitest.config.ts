import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests, tests that need services (PostgreSQL, Redis) which run
// one file at a time, and browser/end-to-end tests that start a real server or Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.services.test.ts', 'tests/**/*.e2e.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'services',
          include: ['tests/**/*.services.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
