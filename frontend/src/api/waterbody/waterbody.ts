import { http } from '../request'
import type { Page } from '../types'

export type WaterbodyType = 'RIVER' | 'LAKE' | 'RESERVOIR' | 'BLACK_ODOROUS'

export interface Waterbody {
  id: number
  code: string
  name: string
  /** English name where the registry has one */
  nameEn?: string | null
  type: WaterbodyType
}

export interface Reach {
  id: number
  code: string
  name: string
  regionCode: string
  regionName: string
  centerLat: number | null
  centerLon: number | null
}

/** 水体列表 (only those in the user's scope) */
export function searchWaterbodies(query: { q?: string; page?: number; size?: number } = {}) {
  return http.get<Page<Waterbody>>('/api/waterbodies', { q: query.q, page: query.page ?? 0, size: query.size ?? 50 })
}

/** 水体的河段 */
export function listReaches(waterbodyId: number) {
  return http.get<Reach[]>(`/api/waterbodies/${waterbodyId}/reaches`)
}
