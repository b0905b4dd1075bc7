import { http } from '../request'

export type DayKind = 'HOLIDAY' | 'MAKEUP_WORKDAY'

export interface CalendarEntry {
  day: string
  kind: DayKind
  nameZh: string
  nameEn: string | null
  notice: string | null
}

/** 某年的节假日与调休上班日 */
export function fetchCalendar(year: number) {
  return http.get<CalendarEntry[]>('/api/calendar/days', { year })
}

export function putCalendarDay(day: string, body: Omit<CalendarEntry, 'day'>) {
  return http.put<CalendarEntry>(`/api/calendar/days/${day}`, body)
}

export function deleteCalendarDay(day: string) {
  return http.delete<void>(`/api/calendar/days/${day}`)
}
