import type { LadderRow, LadderRung } from '@/api/supervision/supervision'

type T = (key: string, values?: Record<string, unknown>) => string

export function rungTagType(rung: LadderRung): 'primary' | 'warning' | 'danger' | 'info' {
  switch (rung) {
    case 'URGED':
      return 'primary'
    case 'SUPERVISED':
      return 'warning'
    case 'LISTED':
      return 'danger'
    default:
      return 'info'
  }
}

/** What happens next on the ladder: the 督办单 date while urged, the listing date while supervised. */
export function nextStep(row: LadderRow, t: T, format: (iso: string) => string): string {
  if (row.rung === 'URGED' && row.superviseAt) return t('supervision.overdue.superviseAt', { at: format(row.superviseAt) })
  if (row.rung === 'SUPERVISED' && row.listAt) return t('supervision.overdue.listAt', { at: format(row.listAt) })
  return ''
}
