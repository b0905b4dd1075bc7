import type { ImportRowError } from '@/api/waterbody/registry'

/** The row-by-row report of a rejected import (problem property `rows`), or none. */
export function importRows(problem: unknown): ImportRowError[] {
  const rows = (problem as { rows?: unknown } | null)?.rows
  if (!Array.isArray(rows)) return []
  return rows
    .filter((r): r is ImportRowError => typeof r === 'object' && r !== null && 'message' in r)
    .map((r) => ({ sheet: r.sheet ?? null, row: r.row ?? 0, column: r.column ?? null, field: r.field, message: r.message }))
}
