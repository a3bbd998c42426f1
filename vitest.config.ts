import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    setupFiles: ['tests/helpers/vitest-setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
