import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
      setupFiles: ['tests/unit/setup.ts'],
      restoreMocks: true,
    },
  }),
)
