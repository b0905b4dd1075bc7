import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { MapMarker } from '@/components/MapView/types'
import { newClientId } from '@/utils/uuid'
import { PUBLIC_STAGES, type PublicCase, type PublicStage, type PublicWaterBody } from '@/api/publicity'

/** The public pages' logic, kept out of the components so it is tested on its own. */

export const DEVICE_STORAGE_KEY = 'hezhang.public.device'

/**
 * A random id this browser keeps, sent as `X-Device-Id`: the server counts its per-device report limit by it
 * (and keeps only a hash). Without storage (private mode) a fresh id per page life is the best there is.
 */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  try {
    const saved = storage?.getItem(DEVICE_STORAGE_KEY)
    if (saved && /^[A-Za-z0-9_-]{8,64}$/.test(saved)) return saved
    const made = newClientId()
    storage?.setItem(DEVICE_STORAGE_KEY, made)
    return made
  } catch {
    return newClientId()
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** What someone typed into the lookup box as a tracking number (`hz2026-0000123 ` → `HZ2026-0000123`), or null. */
export function normalizeCaseNo(input: string | null | undefined): string | null {
  const s = String(input ?? '')
    .trim()
    .replace(/\s+/g, '')
    .replace(/[－—–]/g, '-')
    .toUpperCase()
  return /^[A-Z0-9][A-Z0-9-]{2,31}$/.test(s) ? s : null
}

export type StepState = 'finish' | 'process' | 'wait' | 'error' | 'success'

export interface StageStep {
  stage: PublicStage
  state: StepState
}

/**
 * The four steps of the status page: those before the case's stage are done, its own stage is current (done
 * when closed), the later ones wait. A report not accepted (REJECTED) ends at "closed" with the accepted and
 * rectification steps skipped; an overdue case shows its current step in red.
 */
export function stageSteps(c: Pick<PublicCase, 'stage' | 'rejected' | 'overdue'>): StageStep[] {
  const current = PUBLIC_STAGES.indexOf(c.stage)
  return PUBLIC_STAGES.map((stage, i) => {
    let state: StepState
    if (i < current) state = c.rejected && stage !== 'RECEIVED' ? 'wait' : 'finish'
    else if (i > current) state = 'wait'
    else if (stage === 'CLOSED') state = c.rejected ? 'error' : 'success'
    else state = c.overdue ? 'error' : 'process'
    return { stage, state }
  })
}

/** The index of the current step for el-steps' `active`. */
export function activeStep(c: Pick<PublicCase, 'stage'>): number {
  return Math.max(0, PUBLIC_STAGES.indexOf(c.stage))
}

/** A category's name in the page's language (the server sends both). */
export function categoryName(c: { category: string; categoryNameZh?: string | null; categoryNameEn?: string | null }, locale: string): string {
  if (locale === 'en-US') return c.categoryNameEn || c.categoryNameZh || c.category
  return c.categoryNameZh || c.categoryNameEn || c.category
}

/** A water body's name in the page's language: the Chinese name is the official one and always shown. */
export function waterBodyLabel(w: Pick<PublicWaterBody, 'name' | 'nameEn'>, locale: string): string {
  return locale === 'en-US' && w.nameEn ? `${w.nameEn} (${w.name})` : w.name
}

/** One marker per reach centre (a water body without reach centres gets none), labelled with the body and reach. */
export function reachMarkers(bodies: readonly PublicWaterBody[], locale: string): (MapMarker & { code: string })[] {
  const out: (MapMarker & { code: string })[] = []
  for (const b of bodies) {
    for (const r of b.reaches) {
      if (r.centerLat === null || r.centerLon === null || r.centerLat === undefined || r.centerLon === undefined) continue
      out.push({
        lat: Number(r.centerLat),
        lon: Number(r.centerLon),
        code: b.code,
        color: TYPE_COLORS[b.type] ?? '#1f6fb2',
        label: `${waterBodyLabel(b, locale)} · ${r.name}`,
      })
    }
  }
  return out
}

export const TYPE_COLORS: Record<string, string> = {
  RIVER: '#1f6fb2',
  LAKE: '#16a085',
  RESERVOIR: '#8e44ad',
  BLACK_ODOROUS: '#5d4037',
}

/** The reaches' GeoJSON lines as one collection (text that is not a geometry is skipped), or null when none. */
export function reachLines(bodies: readonly Pick<PublicWaterBody, 'reaches'>[]): FeatureCollection | null {
  const features: Feature[] = []
  for (const b of bodies) {
    for (const r of b.reaches) {
      if (!r.geometry) continue
      try {
        const g = JSON.parse(r.geometry) as Geometry | Feature
        const geometry = g && (g as Feature).type === 'Feature' ? (g as Feature).geometry : (g as Geometry)
        if (geometry && typeof geometry.type === 'string' && 'coordinates' in geometry) {
          features.push({ type: 'Feature', geometry, properties: { name: r.name } })
        }
      } catch {
        // not JSON: no line for this reach
      }
    }
  }
  return features.length ? { type: 'FeatureCollection', features } : null
}

/** Water bodies whose name, English name, code, region or reach names contain the text (case-insensitive). */
export function filterWaterBodies(bodies: readonly PublicWaterBody[], text: string): PublicWaterBody[] {
  const q = text.trim().toLowerCase()
  if (!q) return bodies.slice()
  return bodies.filter((b) =>
    [b.name, b.nameEn, b.code, b.regionName, b.basin, ...b.reaches.map((r) => r.name), ...b.reaches.map((r) => r.regionName)]
      .filter((s): s is string => typeof s === 'string')
      .some((s) => s.toLowerCase().includes(q)),
  )
}

/** Distance as people read it: `85 m`, `1.2 km`. */
export function formatDistance(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)} m` : `${(meters / 1000).toFixed(1)} km`
}

/** Sorted `sections/*.vue` of the public water-body page: the slot where other modules add their parts. */
export function sortedSections<T>(modules: Record<string, T>): { name: string; component: T }[] {
  return Object.keys(modules)
    .sort()
    .map((path) => ({ name: path.replace(/^.*\//, '').replace(/\.vue$/, ''), component: modules[path]! }))
}
