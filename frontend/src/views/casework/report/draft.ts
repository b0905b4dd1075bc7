import Dexie, { type Table } from 'dexie'

/**
 * The report form is kept on the phone while it is filled in (IndexedDB), with its client id, so a
 * report survives a closed tab, a dead battery or a lost network, and the resend still creates one case.
 * Drafts are best effort: where IndexedDB is unavailable (private mode, quota) the form simply works
 * without them.
 */
export interface ReportDraftForm {
  waterBodyId: number | null
  waterBodyName: string
  reachId: number | null
  category: string
  description: string
  lat: string
  lon: string
  address: string
}

export interface DraftPhoto {
  name: string
  type: string
  lastModified: number
  data: ArrayBuffer
}

export interface ReportDraft {
  key: string
  clientId: string
  form: ReportDraftForm
  photos: DraftPhoto[]
  updatedAt: number
}

interface DraftRow {
  key: string
  clientId: string
  form: ReportDraftForm
  updatedAt: number
}

interface DraftPhotosRow {
  key: string
  photos: DraftPhoto[]
}

/** Fields and photos live in two tables, so saving a keystroke never rewrites megabytes of photos. */
class CaseworkDatabase extends Dexie {
  drafts!: Table<DraftRow, string>
  draftPhotos!: Table<DraftPhotosRow, string>

  constructor() {
    super('hezhang-casework')
    this.version(1).stores({ drafts: 'key', draftPhotos: 'key' })
  }
}

let db: CaseworkDatabase | null = null

function database(): CaseworkDatabase | null {
  if (typeof indexedDB === 'undefined') return null
  db ??= new CaseworkDatabase()
  return db
}

export function draftKey(userId: number | string): string {
  return `report:${userId}`
}

export async function loadDraft(key: string): Promise<ReportDraft | undefined> {
  const d = database()
  if (!d) return undefined
  try {
    return await d.transaction('r', d.drafts, d.draftPhotos, async () => {
      const row = await d.drafts.get(key)
      if (!row) return undefined
      const photos = (await d.draftPhotos.get(key))?.photos ?? []
      return { ...row, photos }
    })
  } catch {
    return undefined
  }
}

/** Saves the fields (cheap; on every change). */
export async function saveDraftForm(key: string, clientId: string, form: ReportDraftForm, now = Date.now()): Promise<void> {
  try {
    await database()?.drafts.put({ key, clientId, form: { ...form }, updatedAt: now })
  } catch {
    // best effort
  }
}

/** Saves the photos (only when they change: they are large) and the fields with them. */
export async function saveDraftPhotos(
  key: string,
  clientId: string,
  form: ReportDraftForm,
  files: readonly File[],
  now = Date.now(),
): Promise<void> {
  const d = database()
  if (!d) return
  try {
    const photos: DraftPhoto[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, type: f.type, lastModified: f.lastModified, data: await readBytes(f) })),
    )
    await d.transaction('rw', d.drafts, d.draftPhotos, async () => {
      await d.draftPhotos.put({ key, photos })
      await d.drafts.put({ key, clientId, form: { ...form }, updatedAt: now })
    })
  } catch {
    // best effort
  }
}

/** Blob.arrayBuffer is missing in older WebViews; FileReader is everywhere. */
function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

export async function deleteDraft(key: string): Promise<void> {
  const d = database()
  if (!d) return
  try {
    await d.transaction('rw', d.drafts, d.draftPhotos, async () => {
      await d.drafts.delete(key)
      await d.draftPhotos.delete(key)
    })
  } catch {
    // best effort
  }
}

export function draftFiles(draft: ReportDraft): File[] {
  return draft.photos.map((p) => {
    // copy into a fresh buffer: what IndexedDB hands back may come from another realm (some WebViews, jsdom)
    const bytes = new Uint8Array(p.data.byteLength)
    bytes.set(new Uint8Array(p.data))
    return new File([bytes], p.name, { type: p.type, lastModified: p.lastModified })
  })
}

/** A draft is worth restoring when something was entered. */
export function hasContent(draft: ReportDraft | undefined): draft is ReportDraft {
  if (!draft) return false
  const f = draft.form
  return Boolean(f.waterBodyId || f.category || f.description.trim() || f.lat || f.lon || f.address.trim() || draft.photos.length)
}
