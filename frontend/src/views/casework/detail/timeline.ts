import type { TimelineEntry } from '@/api/casework/case'
import type { TimelineItem } from '@/components/Timeline/types'
import { formatDateTime } from '@/utils/datetime'
import { timelineColor } from '../dict'

type Translate = (key: string, named?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

export interface TimelineText {
  t: Translate
  te: Exists
  categoryLabel: (code: string) => string
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** Steps oldest first; equal times keep the server's order (then by id). */
export function sortTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
    .map((x) => x.e)
}

/** Readable label/value pairs of a step's details; ids and empty values are left out. */
export function detailRows(details: Record<string, unknown> | null, text: TimelineText): { label: string; value: string }[] {
  if (!details) return []
  const { t, te } = text
  const rows: { label: string; value: string }[] = []
  for (const [key, raw] of Object.entries(details)) {
    if (raw === null || raw === undefined || raw === '' || typeof raw === 'object') continue
    if (/Id$|^id$/.test(key)) continue
    const labelKey = `casework.detailKey.${key}`
    const label = te(labelKey) ? t(labelKey) : key
    rows.push({ label, value: detailValue(key, raw, text) })
  }
  return rows
}

function detailValue(key: string, raw: unknown, { t, te, categoryLabel }: TimelineText): string {
  if (typeof raw === 'boolean') return raw ? t('common.yes') : t('common.no')
  const s = String(raw)
  if (key === 'category') return categoryLabel(s)
  const enumKey = (group: string) => `casework.${group}.${s}`
  for (const group of ['severity', 'urgency', 'rejectKind', 'status', 'decision', 'source']) {
    if (key === group || key.toLowerCase().endsWith(group.toLowerCase())) {
      if (te(enumKey(group))) return t(enumKey(group))
    }
  }
  if (typeof raw === 'string' && ISO_INSTANT.test(s)) return formatDateTime(s)
  return s
}

export function actionLabel(action: string, t: Translate, te: Exists): string {
  const key = `casework.timeline.${action}`
  return te(key) ? t(key) : action
}

/** The case's history as items for the shared Timeline component. */
export function toTimelineItems(entries: readonly TimelineEntry[], text: TimelineText): TimelineItem[] {
  const { t, te } = text
  return sortTimeline(entries).map((e) => {
    const role = e.actorRole ? (te(`common.role.${e.actorRole}`) ? t(`common.role.${e.actorRole}`) : e.actorRole) : ''
    const showRole = role && role !== e.actorName // "系统 (系统)" says it twice
    const actor = [e.actorName, showRole ? `(${role})` : ''].filter(Boolean).join(' ')
    return {
      key: e.id,
      kind: e.action,
      title: actionLabel(e.action, t, te),
      color: timelineColor(e.action),
      actor: actor || (e.actorRole === null && e.actorName === null ? t('casework.timeline.system') : ''),
      at: e.at,
      opinion: e.opinion,
      details: detailRows(e.details, text),
      photos: e.photos.map((p) => ({ url: p.url, thumbnailUrl: p.thumbnailUrl || p.url })),
    }
  })
}
