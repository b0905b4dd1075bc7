import type { Component } from 'vue'

/**
 * The dossier's extension slot: every `sections/*.vue` (patrol adds `40-patrol.vue`, water quality
 * `50-quality.vue`), in file-name order. Each gets the props `{ waterBodyId: number, waterBodyCode: string }`.
 */
export function orderedSections(modules: Record<string, unknown>): { name: string; component: Component }[] {
  return Object.entries(modules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, mod]) => ({
      name: path.replace(/^.*\//, '').replace(/\.vue$/, ''),
      component: ((mod as { default?: Component }).default ?? mod) as Component,
    }))
}

/** Reaches as map markers (those with a centre point). */
export function reachMarkers(reaches: { name: string; centerLat: number | null; centerLon: number | null }[]) {
  return reaches
    .filter((r) => r.centerLat !== null && r.centerLon !== null)
    .map((r) => ({ lat: Number(r.centerLat), lon: Number(r.centerLon), label: r.name }))
}

/** The reaches' GeoJSON lines as one FeatureCollection, or null; unreadable geometry is skipped. */
export function reachLines(reaches: { name: string; geometry: string | null }[]) {
  const features = []
  for (const r of reaches) {
    if (!r.geometry) continue
    try {
      features.push({ type: 'Feature', properties: { name: r.name }, geometry: JSON.parse(r.geometry) })
    } catch {
      // skip a broken line rather than the map
    }
  }
  return features.length ? { type: 'FeatureCollection', features } : null
}

/** "COD ≤ 50 mg/L" */
export function targetText(t: { indicator: string; comparator: string; threshold: number; measureUnit: string }) {
  return `${t.indicator} ${t.comparator === 'GE' ? '≥' : '≤'} ${Number(t.threshold)} ${t.measureUnit}`
}
