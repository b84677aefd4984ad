import { defineConfig } from 'vitest/config';

export default defineConfig({
  // An explicit address: vite otherwise looks up "localhost", which fails on machines without /etc/hosts.
  server: { host: '127.0.0.1' },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
