import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '@/api/request'
import type { NewFinding, StartPatrol, TrackPointIn } from '@/api/patrol'
import { clearOutbox, enqueue, flush, loadActive, pendingCount, saveActive, type Sender } from './outbox'

/** A server stand-in: records what arrives; `down` makes every call fail like a lost network. */
function fakeServer() {
  const calls: { kind: string; patrolId: string; seqs?: number[]; batch?: number }[] = []
  const state = { down: false, refuse: null as null | ((points: TrackPointIn[]) => string[]) }
  const fail = () => {
    throw new ApiError(0, { title: 'network', errors: [] }, 'network')
  }
  const sender: Sender = {
    async start(body: StartPatrol) {
      if (state.down) fail()
      calls.push({ kind: 'start', patrolId: body.id })
    },
    async points(patrolId, batch, points) {
      if (state.down) fail()
      const bad = state.refuse?.(points) ?? []
      if (bad.length) throw new ApiError(400, { status: 400, errors: bad.map((field) => ({ field, message: 'impossible' })) })
      calls.push({ kind: 'points', patrolId, batch, seqs: points.map((p) => p.seq) })
    },
    async finding(patrolId, _body: NewFinding, photos) {
      if (state.down) fail()
      calls.push({ kind: `finding:${photos.length}`, patrolId })
    },
    async end(patrolId) {
      if (state.down) fail()
      calls.push({ kind: 'end', patrolId })
    },
  }
  return { calls, state, sender }
}

const point = (seq: number): TrackPointIn => ({ seq, at: new Date(Date.UTC(2026, 10, 20, 1, seq)).toISOString(), lat: 40.8 + seq * 1e-4, lon: 111.7 })

async function recordPatrol(id: string, points: number) {
  await enqueue({ patrolId: id, kind: 'start', body: { id, waterBodyId: 1, reachId: 2, mode: 'FOOT', startedAt: point(0).at } })
  for (let i = 0; i < points; i++) await enqueue({ patrolId: id, kind: 'point', body: point(i) })
}

describe('the patrol outbox', () => {
  beforeEach(async () => {
    await clearOutbox()
  })

  it('keeps everything while offline and sends it in order, points as one batch, when the network is back', async () => {
    const server = fakeServer()
    server.state.down = true
    await recordPatrol('p1', 5)
    const photo = new File([new Uint8Array([1, 2, 3])], 'bank.jpg', { type: 'image/jpeg' })
    const { toStoredPhotos } = await import('./outbox')
    await enqueue({
      patrolId: 'p1',
      kind: 'finding',
      body: { clientId: 'f1', at: point(3).at, lat: 40.8, lon: 111.7, note: '垃圾', openCase: true, category: 'GARBAGE' },
      photos: await toStoredPhotos([photo]),
    })
    await enqueue({ patrolId: 'p1', kind: 'point', body: point(5) })
    await enqueue({ patrolId: 'p1', kind: 'end', body: { endedAt: point(6).at } })

    const offline = await flush(server.sender)
    expect(offline.stoppedBy).toBe('network')
    expect(await pendingCount()).toBe(9)
    expect(server.calls).toEqual([])

    server.state.down = false
    const back = await flush(server.sender)
    expect(back).toMatchObject({ sent: 9, dropped: 0, pending: 0, stoppedBy: null })
    expect(server.calls.map((c) => c.kind)).toEqual(['start', 'points', 'finding:1', 'points', 'end'])
    expect(server.calls[1]!.seqs).toEqual([0, 1, 2, 3, 4])
    expect(server.calls[3]!.seqs).toEqual([5])
  })

  it('drops only the points the server refuses and sends the rest of the batch again', async () => {
    const server = fakeServer()
    server.state.refuse = (points) => (points.some((p) => p.seq === 2) ? [`points[${points.findIndex((p) => p.seq === 2)}].lat`] : [])
    await recordPatrol('p2', 4)
    const result = await flush(server.sender)
    expect(result).toMatchObject({ dropped: 1, pending: 0 })
    expect(server.calls.filter((c) => c.kind === 'points').map((c) => c.seqs)).toEqual([[0, 1, 3]])
  })

  it('joins a second flush to the running one', async () => {
    const server = fakeServer()
    await recordPatrol('p3', 2)
    const [a, b] = await Promise.all([flush(server.sender), flush(server.sender)])
    expect(a).toBe(b)
    expect(server.calls.map((c) => c.kind)).toEqual(['start', 'points'])
  })

  it('remembers the running patrol across a reload', async () => {
    await saveActive('active:7', {
      patrolId: 'p4', targetName: '小黑河金河镇段', waterBodyId: 1, reachId: 2, mode: 'FOOT',
      startedAt: point(0).at, nextSeq: 3, track: [point(0), point(1), point(2)], findings: 1, geometry: null,
    })
    expect((await loadActive('active:7'))?.nextSeq).toBe(3)
    await saveActive('active:7', null)
    expect(await loadActive('active:7')).toBeUndefined()
  })
})
