import type { TrackPointIn } from '@/api/patrol'

/** Track arithmetic for the phone's own display (the server computes the figures that count). */

const EARTH_RADIUS_M = 6_371_008.8

export function haversine(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180
  const dp = (b.lat - a.lat) * rad
  const dl = (b.lon - a.lon) * rad
  const h = Math.sin(dp / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dl / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function trackDistance(points: readonly { lat: number; lon: number }[]): number {
  let d = 0
  for (let i = 1; i < points.length; i++) d += haversine(points[i - 1]!, points[i]!)
  return d
}

/** "1 小时 05 分" style, from seconds. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—'
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`
}

export function formatDistance(meters: number | null | undefined): string {
  if (meters === null || meters === undefined || !Number.isFinite(meters)) return '—'
  return meters >= 1000 ? `${(meters / 1000).toFixed(2)} km` : `${Math.round(meters)} m`
}

/** The indexes of the batch's points the server refused (`points[3].lat` → 3). */
export function rejectedIndexes(fields: readonly string[]): Set<number> {
  const out = new Set<number>()
  for (const f of fields) {
    const m = /^points\[(\d+)\]/.exec(f)
    if (m) out.add(Number(m[1]))
  }
  return out
}

/** Whether a fix is worth keeping: accurate enough and not a repeat of the last one. */
export function acceptFix(last: TrackPointIn | undefined, next: { lat: number; lon: number; accuracy?: number | null; at: string }, maxAccuracy = 150): boolean {
  if (next.accuracy !== null && next.accuracy !== undefined && next.accuracy > maxAccuracy) return false
  if (!last) return true
  if (new Date(next.at).getTime() < new Date(last.at).getTime()) return false
  return !(last.lat === next.lat && last.lon === next.lon && new Date(next.at).getTime() - new Date(last.at).getTime() < 10_000)
}

/** The position of a moment of the playback: interpolated between the two fixes around it. */
export function positionAt(points: readonly TrackPointIn[], time: number): { lat: number; lon: number } | null {
  if (!points.length) return null
  const t = (p: TrackPointIn) => new Date(p.at).getTime()
  if (time <= t(points[0]!)) return { lat: points[0]!.lat, lon: points[0]!.lon }
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!, b = points[i]!
    if (time <= t(b)) {
      const span = t(b) - t(a)
      const f = span <= 0 ? 1 : (time - t(a)) / span
      return { lat: a.lat + (b.lat - a.lat) * f, lon: a.lon + (b.lon - a.lon) * f }
    }
  }
  const last = points[points.length - 1]!
  return { lat: last.lat, lon: last.lon }
}
