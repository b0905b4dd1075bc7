import { defineStore } from 'pinia'
import { ref } from 'vue'
import { fetchConfig, type AppConfig } from '@/api/core/config'

/** Public front-end configuration from the server (map tiles). Loaded once; failures fall back to no tiles. */
export const useConfigStore = defineStore('config', () => {
  const config = ref<AppConfig>({ tileUrl: null, tileAttribution: null })
  const loaded = ref(false)
  let pending: Promise<AppConfig> | null = null

  function load(): Promise<AppConfig> {
    if (loaded.value) return Promise.resolve(config.value)
    pending ??= fetchConfig()
      .then((c) => {
        config.value = { tileUrl: c?.tileUrl ?? null, tileAttribution: c?.tileAttribution ?? null }
        return config.value
      })
      .catch(() => config.value)
      .finally(() => {
        loaded.value = true
        pending = null
      })
    return pending
  }

  return { config, loaded, load }
})
