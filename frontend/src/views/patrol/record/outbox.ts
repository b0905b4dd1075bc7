import Dexie, { type Table } from 'dexie'
import { isApiError } from '@/api/request'
import type { NewFinding, StartPatrol, TrackPointIn, TravelMode } from '@/api/patrol'
import { rejectedIndexes } from './track'
import { readBytes } from '@/utils/draft-store'

/**
 * The phone's outbox for patrols (IndexedDB via Dexie). Every step of a patrol — start, each track point, each
 * finding with its photos, the end — is written here first and sent in order when the network allows. Every
 * request is safe to resend (the patrol's and the finding's ids are made here; points carry their seq), so a
 * request whose answer was lost is simply sent again. Consecutive points go up as one batch.
 */
export type OpKind = 'start' | 'point' | 'finding' | 'end'

export interface StoredPhoto {
  name: string
  type: string
  data: ArrayBuffer
}

export interface OutboxOp {
  id?: number
  patrolId: string
  kind: OpKind
  body: StartPatrol | TrackPointIn | NewFinding | { endedAt: string }
  photos?: StoredPhoto[]
  createdAt: number
}

/** The patrol being recorded on this phone (survives a reload). */
export interface ActivePatrol {
  patrolId: string
  targetName: string
  waterBodyId: number | null
  reachId: number | null
  mode: TravelMode
  startedAt: string
  nextSeq: number
  track: TrackPointIn[]
  findings: number
  geometry: string | null
}

interface StateRow {
  key: string
  value: ActivePatrol
}

class PatrolDatabase extends Dexie {
  ops!: Table<OutboxOp, number>
  state!: Table<StateRow, string>

  constructor() {
    super('hezhang-patrol')
    this.version(1).stores({ ops: '++id, patrolId', state: 'key' })
  }
}

let db: PatrolDatabase | null = null

function database(): PatrolDatabase {
  db ??= new PatrolDatabase()
  return db
}

export async function enqueue(op: Omit<OutboxOp, 'id' | 'createdAt'>): Promise<void> {
  await database().ops.add({ ...op, createdAt: Date.now() })
}

export async function pendingCount(): Promise<number> {
  return database().ops.count()
}

export async function clearOutbox(): Promise<void> {
  await database().ops.clear()
  await database().state.clear()
}

export async function loadActive(key: string): Promise<ActivePatrol | undefined> {
  return (await database().state.get(key))?.value
}

export async function saveActive(key: string, value: ActivePatrol | null): Promise<void> {
  if (value) await database().state.put({ key, value: JSON.parse(JSON.stringify(value)) as ActivePatrol })
  else await database().state.delete(key)
}

export async function toStoredPhotos(files: readonly File[]): Promise<StoredPhoto[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, data: await readBytes(f) })))
}

function photoFiles(photos: readonly StoredPhoto[] | undefined): File[] {
  return (photos ?? []).map((p) => {
    const bytes = new Uint8Array(p.data.byteLength)
    bytes.set(new Uint8Array(p.data))
    return new File([bytes], p.name, { type: p.type })
  })
}

/** What sends the outbox (the API; a stand-in in tests). */
export interface Sender {
  start(body: StartPatrol): Promise<unknown>
  points(patrolId: string, batch: number, points: TrackPointIn[]): Promise<unknown>
  finding(patrolId: string, body: NewFinding, photos: File[]): Promise<unknown>
  end(patrolId: string, endedAt: string): Promise<unknown>
}

export interface FlushResult {
  sent: number
  /** ops the server refused for good (impossible points, a patrol that no longer takes points) */
  dropped: number
  pending: number
  /** why sending stopped early: the network or the server is away */
  stoppedBy: 'network' | 'server' | null
}

export const MAX_BATCH = 200

let flushing: Promise<FlushResult> | null = null

/** Sends what waits, in order; one flush at a time (a second call joins the running one). */
export function flush(sender: Sender): Promise<FlushResult> {
  flushing ??= doFlush(sender).finally(() => {
    flushing = null
  })
  return flushing
}

async function doFlush(sender: Sender): Promise<FlushResult> {
  const d = database()
  let sent = 0
  let dropped = 0
  for (;;) {
    const head = await d.ops.orderBy('id').limit(MAX_BATCH).toArray()
    const first = head[0]
    if (!first) return { sent, dropped, pending: 0, stoppedBy: null }
    let group: OutboxOp[] = [first]
    if (first.kind === 'point') {
      group = []
      for (const op of head) {
        if (op.kind !== 'point' || op.patrolId !== first.patrolId) break
        group.push(op)
      }
    }
    try {
      switch (first.kind) {
        case 'start':
          await sender.start(first.body as StartPatrol)
          break
        case 'point':
          await sender.points(first.patrolId, first.id ?? 0, group.map((o) => o.body as TrackPointIn))
          break
        case 'finding':
          await sender.finding(first.patrolId, first.body as NewFinding, photoFiles(first.photos))
          break
        case 'end':
          await sender.end(first.patrolId, (first.body as { endedAt: string }).endedAt)
          break
      }
      await d.ops.bulkDelete(group.map((o) => o.id!))
      sent += group.length
    } catch (e) {
      if (!isApiError(e) || e.isNetwork || e.status === 0) {
        return { sent, dropped, pending: await d.ops.count(), stoppedBy: 'network' }
      }
      if (e.status === 401 || e.status === 429 || e.status >= 500) {
        return { sent, dropped, pending: await d.ops.count(), stoppedBy: 'server' }
      }
      // refused for good: drop the impossible points of a batch (and resend the rest), else the op itself
      let refused = group
      if (first.kind === 'point' && e.status === 400) {
        const bad = rejectedIndexes(e.errors.map((x) => x.field))
        if (bad.size > 0) refused = group.filter((_, i) => bad.has(i))
      }
      await d.ops.bulkDelete(refused.map((o) => o.id!))
      dropped += refused.length
    }
  }
}
