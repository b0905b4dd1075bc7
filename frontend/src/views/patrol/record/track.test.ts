import { describe, expect, it } from 'vitest'
import { acceptFix, formatDistance, formatDuration, haversine, positionAt, rejectedIndexes, trackDistance } from './track'

describe('patrol track arithmetic', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversine({ lat: 40, lon: 111 }, { lat: 41, lon: 111 })).toBeCloseTo(111_195, -1)
  })

  it('adds the legs of a track', () => {
    const leg = 100 / 111_195
    const pts = [0, 1, 2, 3].map((i) => ({ lat: 40.8 + i * leg, lon: 111.7 }))
    expect(trackDistance(pts)).toBeCloseTo(300, 0)
    expect(trackDistance(pts.slice(0, 1))).toBe(0)
  })

  it('formats durations and distances for the phone', () => {
    expect(formatDuration(65)).toBe('1:05')
    expect(formatDuration(3725)).toBe('1:02:05')
    expect(formatDuration(null)).toBe('—')
    expect(formatDistance(950)).toBe('950 m')
    expect(formatDistance(2520)).toBe('2.52 km')
  })

  it('reads the refused points of a batch from the problem fields', () => {
    expect([...rejectedIndexes(['points[1].lat', 'points[3].at', 'points[1].at', 'id'])].sort()).toEqual([1, 3])
  })

  it('drops inaccurate, repeated and backwards fixes', () => {
    const last = { seq: 0, at: '2026-11-20T01:00:00Z', lat: 40.8, lon: 111.7 }
    expect(acceptFix(undefined, { at: '2026-11-20T01:00:00Z', lat: 40.8, lon: 111.7, accuracy: 10 })).toBe(true)
    expect(acceptFix(last, { at: '2026-11-20T01:00:05Z', lat: 40.8, lon: 111.7, accuracy: 10 })).toBe(false)
    expect(acceptFix(last, { at: '2026-11-20T01:00:05Z', lat: 40.8001, lon: 111.7, accuracy: 500 })).toBe(false)
    expect(acceptFix(last, { at: '2026-11-20T00:59:00Z', lat: 40.8001, lon: 111.7, accuracy: 10 })).toBe(false)
    expect(acceptFix(last, { at: '2026-11-20T01:00:05Z', lat: 40.8001, lon: 111.7, accuracy: 10 })).toBe(true)
  })

  it('plays a track back by time, between fixes', () => {
    const pts = [
      { seq: 0, at: '2026-11-20T01:00:00Z', lat: 40, lon: 111 },
      { seq: 1, at: '2026-11-20T01:01:00Z', lat: 41, lon: 112 },
    ]
    const mid = new Date('2026-11-20T01:00:30Z').getTime()
    expect(positionAt(pts, mid)).toEqual({ lat: 40.5, lon: 111.5 })
    expect(positionAt(pts, 0)).toEqual({ lat: 40, lon: 111 })
    expect(positionAt(pts, Number.MAX_SAFE_INTEGER)).toEqual({ lat: 41, lon: 112 })
    expect(positionAt([], mid)).toBeNull()
  })
})
