import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, remainingUntil, shanghaiWallClockToIso, toShanghaiWallClock } from '@/utils/datetime'

describe('dates in Asia/Shanghai', () => {
  it('shows an instant as YYYY-MM-DD HH:mm in UTC+8', () => {
    expect(formatDateTime('2026-12-07T10:00:00Z')).toBe('2026-12-07 18:00')
    expect(formatDateTime('2026-03-01T00:05:59.999Z')).toBe('2026-03-01 08:05')
  })

  it('moves to the next day in Shanghai after 16:00 UTC', () => {
    expect(formatDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30')
    expect(formatDate('2026-12-31T16:30:00Z')).toBe('2027-01-01')
    expect(formatDate('2026-12-31T15:59:00Z')).toBe('2026-12-31')
  })

  it('shows midnight as 00, not 24', () => {
    expect(formatDateTime('2026-05-31T16:00:00Z')).toBe('2026-06-01 00:00')
  })

  it('is empty for missing or unreadable values', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
    expect(formatDateTime('not a date')).toBe('')
  })

  it('reads a typed wall-clock time as Beijing time', () => {
    expect(shanghaiWallClockToIso('2026-12-07 18:00:00')).toBe('2026-12-07T10:00:00.000Z')
    expect(shanghaiWallClockToIso('2026-12-07 06:30')).toBe('2026-12-06T22:30:00.000Z')
    expect(shanghaiWallClockToIso('07.12.2026')).toBeNull()
    expect(shanghaiWallClockToIso('')).toBeNull()
  })

  it('round-trips through the picker format', () => {
    const iso = '2026-08-15T01:02:03.000Z'
    expect(toShanghaiWallClock(iso)).toBe('2026-08-15 09:02:03')
    expect(shanghaiWallClockToIso(toShanghaiWallClock(iso))).toBe(iso)
  })
})

describe('remainingUntil', () => {
  const now = new Date('2026-12-01T00:00:00Z')

  it('splits the time left into days, hours and minutes', () => {
    expect(remainingUntil('2026-12-03T05:07:00Z', now)).toEqual({ overdue: false, days: 2, hours: 5, minutes: 7, totalMinutes: 2 * 1440 + 5 * 60 + 7 })
  })

  it('is overdue after the deadline, counting how long ago', () => {
    const r = remainingUntil('2026-11-30T22:30:00Z', now)
    expect(r).toMatchObject({ overdue: true, days: 0, hours: 1, minutes: 30 })
  })
})
