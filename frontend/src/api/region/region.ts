import { http } from '../request'
import type { AdminLevel } from '../core/auth'

export interface Region {
  code: string
  name: string
  level: AdminLevel
  parentCode: string | null
}

/** 行政区划列表 */
export function listRegions(query: { level?: AdminLevel; under?: string | null } = {}) {
  return http.get<Region[]>('/api/regions', { level: query.level, under: query.under })
}

/** 下级行政区划 */
export function listChildRegions(code: string) {
  return http.get<Region[]>(`/api/regions/${encodeURIComponent(code)}/children`)
}
