import type { ListKind, PolicyStatus } from '@/api/policy/policy'

export function statusTagType(status: PolicyStatus): 'info' | 'warning' | 'success' | 'primary' {
  switch (status) {
    case 'DRAFT':
      return 'info'
    case 'IN_APPROVAL':
      return 'warning'
    case 'APPROVED':
      return 'success'
    default:
      return 'primary'
  }
}

/** Which columns each list shows in the editor and the detail page. */
export const COLUMNS: Record<ListKind, string[]> = {
  PROBLEM: ['content'],
  GOAL: ['content', 'indicator', 'comparator', 'targetValue', 'targetClass', 'targetDate'],
  TASK: ['content', 'unit', 'deadline'],
  MEASURE: ['content'],
  RESPONSIBILITY: ['content', 'unit', 'person', 'deadline'],
}

/** "NH3N ≤ 1.5 · III 类 · 2030-12-31" */
export function goalText(i: {
  indicator?: string | null
  comparator?: string | null
  targetValue?: number | null
  targetClass?: string | null
  targetDate?: string | null
}): string {
  const parts: string[] = []
  if (i.indicator && i.comparator && i.targetValue !== null && i.targetValue !== undefined) {
    parts.push(`${i.indicator} ${i.comparator === 'GE' ? '≥' : '≤'} ${Number(i.targetValue)}`)
  }
  if (i.targetClass) parts.push(`${i.targetClass} 类`)
  if (i.targetDate) parts.push(i.targetDate)
  return parts.join(' · ')
}
