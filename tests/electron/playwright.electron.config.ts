import { defineConfig } from '@playwright/test';

/** The Electron smoke test: one app at a time, each launch with its own data folder. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.electron.ts',
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
