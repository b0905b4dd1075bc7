import { describe, expect, it } from 'vitest'
import { importRows } from '@/views/waterbody/list/import-report'
import { orderedSections, reachLines, reachMarkers, targetText } from '@/views/waterbody/dossier/sections'
import { COLUMNS, goalText, statusTagType } from '@/views/policy/dict'

describe('importRows', () => {
  it('reads the rows of a rejected import', () => {
    const rows = importRows({
      status: 400,
      rows: [{ sheet: '水体', row: 3, column: '编码 code', field: 'code', message: '编码重复' }],
    })
    expect(rows).toEqual([{ sheet: '水体', row: 3, column: '编码 code', field: 'code', message: '编码重复' }])
  })

  it('gives nothing for other problems', () => {
    expect(importRows({ status: 400, errors: [] })).toEqual([])
    expect(importRows(null)).toEqual([])
  })
})

describe('dossier sections', () => {
  it('renders the slot files in file-name order with their names', () => {
    const a = { name: 'Quality' }
    const b = { name: 'Patrol' }
    const out = orderedSections({ './sections/50-quality.vue': { default: a }, './sections/40-patrol.vue': { default: b } })
    expect(out.map((s) => s.name)).toEqual(['40-patrol', '50-quality'])
    expect(out[0]!.component).toBe(b)
  })

  it('maps reaches with a centre to markers and keeps readable lines only', () => {
    const reaches = [
      { name: 'A', centerLat: 40.1, centerLon: 111.2, geometry: '{"type":"LineString","coordinates":[[1,2],[3,4]]}' },
      { name: 'B', centerLat: null, centerLon: null, geometry: 'not json' },
    ]
    expect(reachMarkers(reaches)).toEqual([{ lat: 40.1, lon: 111.2, label: 'A' }])
    expect(reachLines(reaches)?.features).toHaveLength(1)
    expect(reachLines([{ name: 'C', geometry: null }])).toBeNull()
  })

  it('writes a special target with its comparator', () => {
    expect(targetText({ indicator: 'COD', comparator: 'LE', threshold: 50, measureUnit: 'mg/L' })).toBe('COD ≤ 50 mg/L')
    expect(targetText({ indicator: 'AREA', comparator: 'GE', threshold: 50, measureUnit: 'km²' })).toBe('AREA ≥ 50 km²')
  })
})

describe('policy dict', () => {
  it('writes a measurable goal', () => {
    expect(goalText({ indicator: 'COD', comparator: 'LE', targetValue: 50, targetDate: '2030-12-31' })).toBe('COD ≤ 50 · 2030-12-31')
    expect(goalText({ targetClass: 'V', targetDate: '2030-12-31' })).toBe('V 类 · 2030-12-31')
    expect(goalText({ indicator: 'AREA', comparator: 'GE', targetValue: 50 })).toBe('AREA ≥ 50')
  })

  it('gives tasks a unit and a deadline column, and tags statuses', () => {
    expect(COLUMNS.TASK).toEqual(['content', 'unit', 'deadline'])
    expect(statusTagType('APPROVED')).toBe('success')
    expect(statusTagType('IN_APPROVAL')).toBe('warning')
  })
})
