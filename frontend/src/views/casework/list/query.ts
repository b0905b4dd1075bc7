import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { CaseQuery, CaseStatus } from '@/api/casework/case'
import { CASE_STATUSES } from '../dict'

export interface CaseFilters {
  status: CaseStatus | ''
  category: string
  waterBodyId: number | null
  regionCode: string
  /** '' = either */
  overdue: '' | 'true' | 'false'
  from: string
  to: string
  q: string
  page: number
  size: number
}

export const DEFAULT_SIZE = 20
const SIZES = [10, 20, 50, 100]

export function emptyFilters(): CaseFilters {
  return { status: '', category: '', waterBodyId: null, regionCode: '', overdue: '', from: '', to: '', q: '', page: 1, size: DEFAULT_SIZE }
}

function one(v: LocationQuery[string] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s : ''
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Filters from the address bar (so a list can be bookmarked, shared and come back after "back"). */
export function filtersFromQuery(query: LocationQuery): CaseFilters {
  const f = emptyFilters()
  const status = one(query.status)
  if ((CASE_STATUSES as readonly string[]).includes(status)) f.status = status as CaseStatus
  f.category = one(query.category)
  const wb = Number(one(query.waterBodyId))
  f.waterBodyId = Number.isInteger(wb) && wb > 0 ? wb : null
  f.regionCode = /^\d{6,12}$/.test(one(query.regionCode)) ? one(query.regionCode) : ''
  const overdue = one(query.overdue)
  f.overdue = overdue === 'true' || overdue === 'false' ? overdue : ''
  f.from = DATE.test(one(query.from)) ? one(query.from) : ''
  f.to = DATE.test(one(query.to)) ? one(query.to) : ''
  f.q = one(query.q)
  const page = Number(one(query.page))
  f.page = Number.isInteger(page) && page > 0 ? page : 1
  const size = Number(one(query.size))
  f.size = SIZES.includes(size) ? size : DEFAULT_SIZE
  return f
}

/** The address-bar form: only what differs from the defaults. */
export function filtersToQuery(f: CaseFilters): LocationQueryRaw {
  const q: LocationQueryRaw = {}
  if (f.status) q.status = f.status
  if (f.category) q.category = f.category
  if (f.waterBodyId) q.waterBodyId = String(f.waterBodyId)
  if (f.regionCode) q.regionCode = f.regionCode
  if (f.overdue) q.overdue = f.overdue
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  if (f.q.trim()) q.q = f.q.trim()
  if (f.page > 1) q.page = String(f.page)
  if (f.size !== DEFAULT_SIZE) q.size = String(f.size)
  return q
}

/** The API query (0-based page). */
export function filtersToApi(f: CaseFilters): CaseQuery {
  return {
    status: f.status,
    category: f.category,
    waterBodyId: f.waterBodyId,
    regionCode: f.regionCode,
    overdue: f.overdue === '' ? null : f.overdue === 'true',
    from: f.from,
    to: f.to,
    q: f.q.trim(),
    page: f.page - 1,
    size: f.size,
  }
}
