import { http } from '../request'

export interface AppConfig {
  /** Leaflet tile URL template (e.g. Tianditu); null = no tiles, plain background */
  tileUrl: string | null
  tileAttribution: string | null
}

/** 前端配置 (public) */
export function fetchConfig() {
  return http.get<AppConfig>('/api/config', undefined, { skipAuthRedirect: true })
}
