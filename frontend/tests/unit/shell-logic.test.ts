import { describe, expect, it, vi } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { buildMenu, safeRedirect } from '@/router/menu'
import { sortInbox, processOptions } from '@/views/inbox/todo/data'
import { filtersFromQuery, filtersToApi, filtersToQuery, emptyFilters } from '@/views/casework/list/query'
import { checkPhotos } from '@/components/PhotoUploader/validate'
import { graticuleLines, graticuleStep, formatCoordinateLabel } from '@/components/MapView/graticule'
import { parseCoordinate, insideInnerMongolia } from '@/views/casework/report/modules/coordinates'
import { newClientId } from '@/utils/uuid'
import { followLink } from '@/utils/link'
import type { InboxTask } from '@/api/inbox/inbox'

const Empty = { render: () => null }

describe('side menu', () => {
  const routes: RouteRecordRaw[] = [
    { path: '/cases', component: Empty, meta: { titleKey: 'cases', menu: { order: 30 } } },
    { path: '/', component: Empty, meta: { titleKey: 'inbox', menu: { order: 10 } } },
    { path: '/cases/new', component: Empty, meta: { titleKey: 'report', roles: ['INSPECTOR', 'OFFICE'], menu: { order: 20 } } },
    { path: '/cases/:id', component: Empty, meta: { titleKey: 'case' } },
    { path: '/admin', component: Empty, meta: { titleKey: 'admin', roles: ['ADMIN'], menu: { order: 90 } } },
  ]

  it('lists the menu routes the role may open, in order', () => {
    expect(buildMenu(routes, 'INSPECTOR').map((i) => i.path)).toEqual(['/', '/cases/new', '/cases'])
    expect(buildMenu(routes, 'UNIT').map((i) => i.path)).toEqual(['/', '/cases'])
    expect(buildMenu(routes, 'ADMIN').map((i) => i.path)).toEqual(['/', '/cases', '/admin'])
  })

  it('shows no role-restricted entry without a user', () => {
    expect(buildMenu(routes, null).map((i) => i.path)).toEqual(['/', '/cases'])
  })
})

describe('safeRedirect', () => {
  it('accepts app paths only', () => {
    expect(safeRedirect('/cases/12?tab=1')).toBe('/cases/12?tab=1')
    expect(safeRedirect('//evil.example/x')).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('/\\evil.example')).toBe('/')
    expect(safeRedirect('/login?redirect=/x')).toBe('/')
    expect(safeRedirect(undefined)).toBe('/')
    expect(safeRedirect(['/a'])).toBe('/')
  })
})

describe('inbox', () => {
  const task = (taskId: string, overdue: boolean, due: string | null): InboxTask => ({
    taskId,
    taskKey: 'k',
    name: 'n',
    processKey: 'P',
    businessKey: null,
    subject: null,
    link: null,
    created: '2026-01-01T00:00:00Z',
    due,
    overdue,
  })

  it('puts overdue tasks first, then the earliest due', () => {
    const sorted = sortInbox([task('a', false, null), task('b', false, '2026-02-01T00:00:00Z'), task('c', true, '2026-01-05T00:00:00Z'), task('d', false, '2026-01-20T00:00:00Z')])
    expect(sorted.map((t) => t.taskId)).toEqual(['c', 'd', 'b', 'a'])
  })

  it('collects process labels from every module and adds unknown keys as they come', () => {
    const opts = processOptions({ casework: { processes: { CaseProcess: '案件' } }, patrol: { processes: { PatrolProcess: '巡河' } }, common: {} }, ['CaseProcess', 'Other'])
    expect(opts).toEqual([
      { key: 'CaseProcess', label: '案件' },
      { key: 'PatrolProcess', label: '巡河' },
      { key: 'Other', label: 'Other' },
    ])
  })
})

describe('case list filters', () => {
  it('round-trip through the address bar', () => {
    const f = { ...emptyFilters(), status: 'RECTIFYING' as const, waterBodyId: 3, overdue: 'true' as const, from: '2026-01-01', q: ' 小黑河 ', page: 2 }
    const q = filtersToQuery(f)
    expect(q).toEqual({ status: 'RECTIFYING', waterBodyId: '3', overdue: 'true', from: '2026-01-01', q: '小黑河', page: '2' })
    expect(filtersFromQuery(q as never)).toEqual({ ...f, q: '小黑河' })
  })

  it('ignore malformed values from the address bar', () => {
    expect(filtersFromQuery({ status: 'DROP', waterBodyId: 'x', overdue: 'maybe', from: '1.1.2026', page: '-3', size: '7' })).toEqual(emptyFilters())
  })

  it('map to the API with a 0-based page and a boolean overdue', () => {
    const api = filtersToApi({ ...emptyFilters(), overdue: 'false', page: 3 })
    expect(api).toMatchObject({ overdue: false, page: 2, size: 20 })
    expect(filtersToApi(emptyFilters()).overdue).toBeNull()
  })
})

describe('photo checks', () => {
  const file = (name: string, type: string, size: number) => {
    const f = new File(['x'], name, { type })
    Object.defineProperty(f, 'size', { value: size })
    return f
  }

  it('accepts JPEG, PNG and WebP up to 10 MB', () => {
    const ok = [file('a.jpg', 'image/jpeg', 10 * 1024 * 1024), file('b.png', 'image/png', 1), file('c.webp', 'image/webp', 1)]
    expect(checkPhotos([], ok).accepted).toHaveLength(3)
  })

  it('rejects other types, files over 10 MB and the tenth photo', () => {
    const existing = Array.from({ length: 8 }, (_, i) => file(`${i}.jpg`, 'image/jpeg', 1))
    const r = checkPhotos(existing, [
      file('x.gif', 'image/gif', 1),
      file('big.jpg', 'image/jpeg', 10 * 1024 * 1024 + 1),
      file('ninth.jpg', 'image/jpeg', 1),
      file('tenth.jpg', 'image/jpeg', 1),
    ])
    expect(r.accepted.map((f) => f.name)).toEqual(['ninth.jpg'])
    expect(r.rejected.map((x) => [x.file.name, x.reason])).toEqual([
      ['x.gif', 'type'],
      ['big.jpg', 'size'],
      ['tenth.jpg', 'count'],
    ])
  })

  it('trusts the extension when the phone gives no MIME type', () => {
    expect(checkPhotos([], [file('IMG_1.JPG', '', 5)]).accepted).toHaveLength(1)
    expect(checkPhotos([], [file('IMG_1.heic', '', 5)]).rejected[0]?.reason).toBe('type')
  })
})

describe('map helpers', () => {
  it('chooses a grid spacing by zoom', () => {
    expect(graticuleStep(5)).toBe(5)
    expect(graticuleStep(13)).toBe(0.02)
    expect(graticuleStep(18)).toBe(0.01)
  })

  it('puts grid lines on multiples of the step inside the box', () => {
    expect(graticuleLines({ south: 37.4, west: 97.2, north: 53.4, east: 126.1 }, 5)).toEqual({
      parallels: [40, 45, 50],
      meridians: [100, 105, 110, 115, 120, 125],
    })
  })

  it('labels coordinates with the hemisphere', () => {
    expect(formatCoordinateLabel(43.5, 'lat')).toBe('43.5°N')
    expect(formatCoordinateLabel(112, 'lon')).toBe('112°E')
    expect(formatCoordinateLabel(-0.25, 'lon')).toBe('0.25°W')
  })

  it('reads typed coordinates', () => {
    expect(parseCoordinate(' 40.81234 ', 'lat')).toBe(40.81234)
    expect(parseCoordinate('111,7', 'lon')).toBe(111.7)
    expect(parseCoordinate('91', 'lat')).toBeNull()
    expect(parseCoordinate('1e2', 'lon')).toBeNull()
    expect(parseCoordinate('', 'lat')).toBeNull()
    expect(insideInnerMongolia(40.8, 111.7)).toBe(true)
    expect(insideInnerMongolia(31.2, 121.5)).toBe(false)
  })
})

describe('client ids', () => {
  it('are v4 UUIDs, also without crypto.randomUUID (plain-HTTP phones)', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(newClientId()).toMatch(v4)
    const original = globalThis.crypto.randomUUID
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true })
      const a = newClientId()
      const b = newClientId()
      expect(a).toMatch(v4)
      expect(a).not.toBe(b)
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true })
    }
  })
})

describe('links from the server', () => {
  it('go through the router for app paths, to a new tab for http(s), and nowhere otherwise', () => {
    const router = { push: vi.fn(async () => undefined) }
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    expect(followLink('/cases/12', router)).toBe(true)
    expect(router.push).toHaveBeenCalledWith('/cases/12')
    expect(followLink('https://example.gov.cn/doc', router)).toBe(true)
    expect(open).toHaveBeenCalledWith('https://example.gov.cn/doc', '_blank', 'noopener')
    expect(followLink('javascript:alert(1)', router)).toBe(false)
    expect(followLink('//evil.example', router)).toBe(false)
    expect(followLink(null, router)).toBe(false)
    expect(router.push).toHaveBeenCalledTimes(1)
  })
})
