import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

const backend = process.env.HEZHANG_BACKEND ?? 'http://localhost:8080'
const proxied = ['/api', '/open311', '/engine-rest', '/camunda', '/actuator', '/v3']

// The build lands in target/classes/static so Maven packs it as static/** into the frontend jar,
// which Spring Boot serves at "/" (history-mode fallback to index.html is the backend's job).
export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    // Element Plus components and v-loading are imported where a template uses them (smaller bundle for
    // phones); their CSS comes whole from main.ts. Our own components are imported explicitly.
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dirs: [], dts: false }),
  ],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: backend, changeOrigin: false }])),
  },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
})
