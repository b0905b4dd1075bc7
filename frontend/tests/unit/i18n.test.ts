import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { CASE_STATUSES, ACTION_ORDER, SEVERITIES, URGENCIES, TIMELINE_COLORS } from '@/views/casework/dict'
import { ROLES } from '@/api/core/auth'

const root = join(__dirname, '../../src/locales')
const LOCALES = ['zh-CN', 'en-US'] as const

function load(locale: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.json'))) {
    out[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(root, locale, file), 'utf8'))
  }
  return out
}

function flatten(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k
      if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
      else out.set(key, v)
    }
  }
  return out
}

const messages = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<(typeof LOCALES)[number], Record<string, unknown>>
const keys = Object.fromEntries(LOCALES.map((l) => [l, flatten(messages[l])])) as Record<(typeof LOCALES)[number], Map<string, unknown>>

describe('locale messages', () => {
  it('have the same module files in zh-CN and en-US', () => {
    expect(Object.keys(messages['en-US']).sort()).toEqual(Object.keys(messages['zh-CN']).sort())
  })

  it('have every zh-CN key in en-US and every en-US key in zh-CN', () => {
    const zh = [...keys['zh-CN'].keys()]
    const en = [...keys['en-US'].keys()]
    expect(zh.filter((k) => !keys['en-US'].has(k))).toEqual([])
    expect(en.filter((k) => !keys['zh-CN'].has(k))).toEqual([])
  })

  it('hold only non-empty strings', () => {
    for (const l of LOCALES) {
      const bad = [...keys[l]].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)
      expect(bad, l).toEqual([])
    }
  })

  it('all compile in vue-i18n and fill their placeholders', () => {
    for (const l of LOCALES) {
      const i18n = createI18n({ legacy: false, locale: l })
      i18n.global.setLocaleMessage(l, messages[l] as Parameters<typeof i18n.global.setLocaleMessage>[1])
      const t = i18n.global.t as unknown as (key: string, named?: Record<string, unknown>) => string
      for (const key of keys[l].keys()) {
        const named = new Proxy({}, { get: (_t, p) => `<${String(p)}>`, has: () => true })
        const text = t(key, named)
        expect(text, `${l} ${key}`).not.toBe(key)
        expect(text, `${l} ${key}`).not.toMatch(/[{}]/)
      }
    }
  })

  it('label every status, severity, urgency, action, timeline step and role in both languages', () => {
    const needed = [
      ...CASE_STATUSES.map((s) => `casework.status.${s}`),
      ...SEVERITIES.map((s) => `casework.severity.${s}`),
      ...URGENCIES.map((s) => `casework.urgency.${s}`),
      ...ACTION_ORDER.map((s) => `casework.action.${s}`),
      ...Object.keys(TIMELINE_COLORS).map((s) => `casework.timeline.${s}`),
      ...ROLES.map((r) => `common.role.${r}`),
      ...['OUTFALL', 'GARBAGE', 'FLOATING_DEBRIS', 'BLACK_ODOROUS', 'SAND_MINING', 'ENCROACHMENT', 'ABNORMAL_WATER', 'FACILITY_DAMAGE', 'OTHER'].map(
        (c) => `casework.category.${c}`,
      ),
    ]
    for (const l of LOCALES) expect(needed.filter((k) => !keys[l].has(k)), l).toEqual([])
  })

  it('use the brief’s Chinese terms for the case statuses', () => {
    expect(keys['zh-CN'].get('casework.status.REPORTED')).toBe('待受理')
    expect(keys['zh-CN'].get('casework.status.AWAITING_CLOSURE_APPROVAL')).toBe('待河长审批')
    expect(keys['zh-CN'].get('casework.status.CLOSED')).toBe('已办结')
    expect(keys['zh-CN'].get('casework.action.conflict')).toBe('该案件当前状态不允许此操作')
  })
})
