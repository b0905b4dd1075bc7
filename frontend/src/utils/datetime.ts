/**
 * Times travel as ISO-8601 instants (UTC) and are shown in Asia/Shanghai, whatever the browser's zone.
 * China has kept UTC+8 without daylight saving since 1991, so a wall-clock time typed into a picker is
 * read as +08:00.
 */

export const DISPLAY_TIME_ZONE = 'Asia/Shanghai'
const SHANGHAI_OFFSET = '+08:00'

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

interface WallClock {
  year: string
  month: string
  day: string
  hour: string
  minute: string
  second: string
}

function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

function wallClock(d: Date): WallClock {
  const out: Record<string, string> = {}
  for (const p of partsFormat.formatToParts(d)) out[p.type] = p.value
  return {
    year: out.year ?? '',
    month: out.month ?? '',
    day: out.day ?? '',
    hour: out.hour === '24' ? '00' : (out.hour ?? ''),
    minute: out.minute ?? '',
    second: out.second ?? '',
  }
}

/** `2026-12-07T10:00:00Z` → `2026-12-07 18:00`; empty for null or an unreadable value. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  const d = toDate(value)
  if (!d) return ''
  const w = wallClock(d)
  return `${w.year}-${w.month}-${w.day} ${w.hour}:${w.minute}`
}

/** `2026-12-07T10:00:00Z` → `2026-12-07` (the day in Shanghai). */
export function formatDate(value: string | number | Date | null | undefined): string {
  const d = toDate(value)
  if (!d) return ''
  const w = wallClock(d)
  return `${w.year}-${w.month}-${w.day}`
}

/** An instant as a Shanghai wall-clock string for date pickers: `YYYY-MM-DD HH:mm:ss`. */
export function toShanghaiWallClock(value: string | number | Date | null | undefined): string {
  const d = toDate(value)
  if (!d) return ''
  const w = wallClock(d)
  return `${w.year}-${w.month}-${w.day} ${w.hour}:${w.minute}:${w.second}`
}

/** A Shanghai wall-clock string `YYYY-MM-DD HH:mm[:ss]` as an ISO instant (UTC), or null if malformed. */
export function shanghaiWallClockToIso(value: string | null | undefined): string | null {
  if (!value) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${SHANGHAI_OFFSET}`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** Today's date in Shanghai, `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return formatDate(now)
}

export interface Remaining {
  overdue: boolean
  days: number
  hours: number
  minutes: number
  /** signed minutes until the deadline (negative once overdue) */
  totalMinutes: number
}

/** Time left until a deadline, split into days/hours/minutes (absolute values, `overdue` tells the sign). */
export function remainingUntil(deadline: string | Date, now: Date = new Date()): Remaining | null {
  const d = toDate(deadline)
  if (!d) return null
  const totalMinutes = Math.floor((d.getTime() - now.getTime()) / 60000)
  const abs = Math.abs(totalMinutes)
  return {
    overdue: totalMinutes < 0,
    days: Math.floor(abs / 1440),
    hours: Math.floor((abs % 1440) / 60),
    minutes: abs % 60,
    totalMinutes,
  }
}
