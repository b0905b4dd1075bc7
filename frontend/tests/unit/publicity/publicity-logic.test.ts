import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/request'
import type { PublicWaterBody } from '@/api/publicity'
import {
  DEVICE_STORAGE_KEY,
  deviceId,
  filterWaterBodies,
  formatDistance,
  normalizeCaseNo,
  reachLines,
  reachMarkers,
  sortedSections,
  stageSteps,
  waterBodyLabel,
} from '@/views/publicity/logic'
import { retryMinutes, toRequest, validPhone } from '@/views/publicity/report/report-logic'
import { emptyDraftForm } from '@/views/publicity/report/draft'

function body(over: Partial<PublicWaterBody> = {}): PublicWaterBody {
  return {
    id: 1,
    code: 'HHH-XHH',
    name: '小黑河',
    nameEn: 'Xiaohei River',
    type: 'RIVER',
    basin: '黄河',
    regionCode: '150100',
    regionName: '呼和浩特市',
    lengthKm: 78,
    areaKm2: null,
    targetClass: 'IV',
    description: null,
    reaches: [
      { id: 11, code: 'R1', name: '小黑河赛罕区段', regionCode: '150105', regionName: '赛罕区', startPoint: null, endPoint: null, lengthKm: 20, centerLat: 40.78, centerLon: 111.74, geometry: null },
    ],
    ...over,
  }
}

describe('status steps', () => {
  it('mark the stages before the current one done, the current in progress, the later ones waiting', () => {
    expect(stageSteps({ stage: 'ACCEPTED', rejected: false, overdue: false }).map((s) => s.state)).toEqual(['finish', 'process', 'wait', 'wait'])
    expect(stageSteps({ stage: 'RECEIVED', rejected: false, overdue: false }).map((s) => s.state)).toEqual(['process', 'wait', 'wait', 'wait'])
  })

  it('show a closed case as done throughout', () => {
    expect(stageSteps({ stage: 'CLOSED', rejected: false, overdue: false }).map((s) => s.state)).toEqual(['finish', 'finish', 'finish', 'success'])
  })

  it('show a report not accepted as closed with the accepted and rectification steps skipped', () => {
    expect(stageSteps({ stage: 'CLOSED', rejected: true, overdue: false }).map((s) => s.state)).toEqual(['finish', 'wait', 'wait', 'error'])
  })

  it('show an overdue rectification in red', () => {
    expect(stageSteps({ stage: 'RECTIFYING', rejected: false, overdue: true }).map((s) => s.state)).toEqual(['finish', 'finish', 'error', 'wait'])
  })
})

describe('tracking numbers typed into the lookup box', () => {
  it('are trimmed and upper-cased, full-width dashes read as dashes', () => {
    expect(normalizeCaseNo(' hz2026-0000123 ')).toBe('HZ2026-0000123')
    expect(normalizeCaseNo('HZ2026－0000123')).toBe('HZ2026-0000123')
  })

  it('are refused when empty or not a number-like code (no path tricks)', () => {
    expect(normalizeCaseNo('')).toBeNull()
    expect(normalizeCaseNo('   ')).toBeNull()
    expect(normalizeCaseNo('../admin')).toBeNull()
    expect(normalizeCaseNo('HZ2026/1')).toBeNull()
  })
})

describe('device id', () => {
  function memory(): Storage {
    const m = new Map<string, string>()
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as unknown as Storage
  }

  it('is made once and then kept', () => {
    const s = memory()
    const first = deviceId(s)
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(s.getItem(DEVICE_STORAGE_KEY)).toBe(first)
    expect(deviceId(s)).toBe(first)
  })

  it('replaces a stored value the server would not accept, and works without storage', () => {
    const s = memory()
    s.setItem(DEVICE_STORAGE_KEY, 'bad id with spaces')
    expect(deviceId(s)).not.toBe('bad id with spaces')
    expect(deviceId(null)).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  })
})

describe('map and list of water bodies', () => {
  it('put one marker per reach centre, labelled in the page language, and skip reaches without one', () => {
    const b = body({
      reaches: [
        ...body().reaches,
        { id: 12, code: 'R2', name: '无坐标段', regionCode: '150105', regionName: '赛罕区', startPoint: null, endPoint: null, lengthKm: null, centerLat: null, centerLon: null, geometry: null },
      ],
    })
    const zh = reachMarkers([b], 'zh-CN')
    expect(zh).toHaveLength(1)
    expect(zh[0]).toMatchObject({ lat: 40.78, lon: 111.74, code: 'HHH-XHH', label: '小黑河 · 小黑河赛罕区段' })
    expect(reachMarkers([b], 'en-US')[0]!.label).toBe('Xiaohei River (小黑河) · 小黑河赛罕区段')
  })

  it('draw the reaches that have a GeoJSON line and ignore text that is not one', () => {
    const line = JSON.stringify({ type: 'LineString', coordinates: [[111.7, 40.8], [111.8, 40.7]] })
    const b = body({ reaches: [{ ...body().reaches[0]!, geometry: line }, { ...body().reaches[0]!, id: 13, geometry: 'not json' }] })
    const fc = reachLines([b])
    expect(fc?.features).toHaveLength(1)
    expect(fc?.features[0]!.geometry.type).toBe('LineString')
    expect(reachLines([body()])).toBeNull()
  })

  it('find water bodies by name, English name, code, region or reach', () => {
    const lake = body({ id: 2, code: 'HLH', name: '呼伦湖', nameEn: 'Hulun Lake', type: 'LAKE', regionName: '呼伦贝尔市', reaches: [] })
    const all = [body(), lake]
    expect(filterWaterBodies(all, '呼伦').map((b) => b.code)).toEqual(['HLH'])
    expect(filterWaterBodies(all, 'hulun').map((b) => b.code)).toEqual(['HLH'])
    expect(filterWaterBodies(all, '赛罕').map((b) => b.code)).toEqual(['HHH-XHH'])
    expect(filterWaterBodies(all, ' ').length).toBe(2)
  })

  it('name a water body officially in Chinese, with the English name first in English', () => {
    expect(waterBodyLabel(body(), 'zh-CN')).toBe('小黑河')
    expect(waterBodyLabel(body({ nameEn: null }), 'en-US')).toBe('小黑河')
  })

  it('show distances in metres below a kilometre', () => {
    expect(formatDistance(85.4)).toBe('85 m')
    expect(formatDistance(1234)).toBe('1.2 km')
  })
})

describe('the public water-body page slot', () => {
  it('renders the sections sorted by file name', () => {
    const s = sortedSections({ './sections/50-quality.vue': 'q', './sections/40-patrol.vue': 'p', './sections/10-blackwater.vue': 'b' })
    expect(s.map((x) => x.name)).toEqual(['10-blackwater', '40-patrol', '50-quality'])
    expect(s.map((x) => x.component)).toEqual(['b', 'p', 'q'])
  })
})

describe('the report request', () => {
  it('carries numbers for the coordinates and leaves blank optional fields out (anonymous)', () => {
    const r = toRequest({ ...emptyDraftForm(), category: 'GARBAGE', lat: '40.7825', lon: '111,7391', description: '  垃圾  ', name: ' ', phone: '' }, 'cid-12345678', null)
    expect(r).toEqual({ clientId: 'cid-12345678', category: 'GARBAGE', waterBodyId: undefined, lat: 40.7825, lon: 111.7391, address: undefined, description: '垃圾', name: undefined, phone: undefined })
  })

  it('carries the chosen water body and the contact when given', () => {
    const r = toRequest({ ...emptyDraftForm(), category: 'OUTFALL', lat: '40.8', lon: '111.7', description: 'x', name: '张三', phone: '13800000000' }, 'c', 7)
    expect(r).toMatchObject({ waterBodyId: 7, name: '张三', phone: '13800000000' })
  })

  it('accepts the phone numbers the server accepts', () => {
    expect(validPhone('')).toBe(true)
    expect(validPhone('0471-6000010')).toBe(true)
    expect(validPhone('+86 138 0000 0000')).toBe(true)
    expect(validPhone('1234')).toBe(false)
    expect(validPhone('call me')).toBe(false)
  })

  it('reads the wait of a 429 in whole minutes, rounded up', () => {
    expect(retryMinutes(new ApiError(429, { status: 429, retryAfterSeconds: 3599 }))).toBe(60)
    expect(retryMinutes(new ApiError(429, { status: 429, retryAfterSeconds: 20 }))).toBe(1)
    expect(retryMinutes(new ApiError(429, { status: 429 }))).toBeNull()
    expect(retryMinutes(new ApiError(400, { status: 400, retryAfterSeconds: 60 }))).toBeNull()
  })
})
