import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    typecheck: { enabled: false },
    coverage: { provider: 'v8', include: ['src/**/*.ts'] },
  },
});
