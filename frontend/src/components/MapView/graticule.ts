/** Grid spacing (degrees) for a zoom level: roughly 4–10 lines across the view. */
export function graticuleStep(zoom: number): number {
  if (zoom <= 3) return 10
  if (zoom <= 5) return 5
  if (zoom <= 6) return 2
  if (zoom <= 7) return 1
  if (zoom <= 8) return 0.5
  if (zoom <= 9) return 0.25
  if (zoom <= 10) return 0.1
  if (zoom <= 12) return 0.05
  if (zoom <= 13) return 0.02
  return 0.01
}

export interface Box {
  south: number
  west: number
  north: number
  east: number
}

export interface GraticuleLines {
  /** latitudes of the parallels, ascending */
  parallels: number[]
  /** longitudes of the meridians, ascending */
  meridians: number[]
}

/** The grid values on multiples of `step` inside the box (latitudes clamped to ±85). */
export function graticuleLines(box: Box, step: number): GraticuleLines {
  const round = (v: number) => Math.round(v * 1e6) / 1e6
  const south = Math.max(-85, box.south)
  const north = Math.min(85, box.north)
  const parallels: number[] = []
  for (let v = Math.ceil(south / step) * step; v <= north + 1e-9; v += step) parallels.push(round(v))
  const meridians: number[] = []
  for (let v = Math.ceil(box.west / step) * step; v <= box.east + 1e-9; v += step) meridians.push(round(v))
  return { parallels, meridians }
}

/** `43.5` → `43.5°N`; `112` → `112°E` (labels along the edges). */
export function formatCoordinateLabel(value: number, axis: 'lat' | 'lon'): string {
  const hemi = axis === 'lat' ? (value >= 0 ? 'N' : 'S') : value >= 0 ? 'E' : 'W'
  const abs = Math.abs(value)
  const text = Number.isInteger(abs) ? String(abs) : abs.toFixed(abs * 100 === Math.round(abs * 100) ? 2 : 3).replace(/0+$/, '')
  return `${text}°${hemi}`
}
