/** A typed latitude/longitude: a finite decimal number within ±90 / ±180, else null. */
export function parseCoordinate(value: string | number | null | undefined, axis: 'lat' | 'lon'): number | null {
  if (value === null || value === undefined) return null
  const s = String(value).trim().replace(/,/g, '.')
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(s)) return null
  const n = Number(s)
  const limit = axis === 'lat' ? 90 : 180
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null
}

/** Inner Mongolia's bounding box, with a margin: a point outside is most likely a typing slip. */
const INNER_MONGOLIA_BOX = { south: 37, north: 54, west: 97, east: 127 }

export function insideInnerMongolia(lat: number, lon: number): boolean {
  const b = INNER_MONGOLIA_BOX
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east
}
