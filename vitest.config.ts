import { defineConfig } from 'vitest/config';

// Four suites: pure logic, islands in a fake DOM, checks on the built dist, and real Chromium.
// `npm test` builds the site first, so site and e2e suites read a fresh dist/.
export default defineConfig({
  test: {
    // The JSON report lets CI print a one-line summary.
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/.tmp/results.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.{ts,tsx}'], environment: 'happy-dom' } },
      // Some site checks read every built page or the whole search index (the link check and the
      // search-index checks took 5.6–9.9 s under load), so the 5 s default fails as the library grows
      // or the machine is busy; time is never asserted.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
