import Dexie, { type Table } from 'dexie'

/**
 * The public report form is kept in this browser while it is filled in (IndexedDB), with its client id, like the
 * staff report form: a reload, a closed tab or a lost network loses nothing, and the resend with the same client id
 * still files one report. Best effort: without IndexedDB (private mode, quota) the form works without drafts.
 */
export interface PublicDraftForm {
  category: string
  waterBodyCode: string
  lat: string
  lon: string
  address: string
  description: string
  name: string
  phone: string
}

export interface DraftPhoto {
  name: string
  type: string
  lastModified: number
  data: ArrayBuffer
}

export interface PublicDraft {
  key: string
  clientId: string
  form: PublicDraftForm
  photos: DraftPhoto[]
  updatedAt: number
}

interface DraftRow {
  key: string
  clientId: string
  form: PublicDraftForm
  updatedAt: number
}

interface PhotosRow {
  key: string
  photos: DraftPhoto[]
}

class PublicityDatabase extends Dexie {
  drafts!: Table<DraftRow, string>
  draftPhotos!: Table<PhotosRow, string>

  constructor() {
    super('hezhang-publicity')
    this.version(1).stores({ drafts: 'key', draftPhotos: 'key' })
  }
}

/** One draft per browser: the portal has no accounts. */
export const DRAFT_KEY = 'public-report'

let db: PublicityDatabase | null = null

function database(): PublicityDatabase | null {
  if (typeof indexedDB === 'undefined') return null
  db ??= new PublicityDatabase()
  return db
}

export function emptyDraftForm(): PublicDraftForm {
  return { category: '', waterBodyCode: '', lat: '', lon: '', address: '', description: '', name: '', phone: '' }
}

export async function loadDraft(key = DRAFT_KEY): Promise<PublicDraft | undefined> {
  const d = database()
  if (!d) return undefined
  try {
    return await d.transaction('r', d.drafts, d.draftPhotos, async () => {
      const row = await d.drafts.get(key)
      if (!row) return undefined
      const photos = (await d.draftPhotos.get(key))?.photos ?? []
      return { ...row, form: { ...emptyDraftForm(), ...row.form }, photos }
    })
  } catch {
    return undefined
  }
}

export async function saveDraftForm(clientId: string, form: PublicDraftForm, key = DRAFT_KEY, now = Date.now()): Promise<void> {
  try {
    await database()?.drafts.put({ key, clientId, form: { ...form }, updatedAt: now })
  } catch {
    // best effort
  }
}

export async function saveDraftPhotos(clientId: string, form: PublicDraftForm, files: readonly File[], key = DRAFT_KEY, now = Date.now()): Promise<void> {
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

function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

export async function deleteDraft(key = DRAFT_KEY): Promise<void> {
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

export function draftFiles(draft: PublicDraft): File[] {
  return draft.photos.map((p) => {
    const bytes = new Uint8Array(p.data.byteLength)
    bytes.set(new Uint8Array(p.data))
    return new File([bytes], p.name, { type: p.type, lastModified: p.lastModified })
  })
}

/** Worth restoring when something was entered (a water body preselected by a QR link alone is not). */
export function hasContent(draft: PublicDraft | undefined): draft is PublicDraft {
  if (!draft) return false
  const f = draft.form
  return Boolean(f.category || f.description.trim() || f.lat || f.lon || f.address.trim() || f.name.trim() || f.phone.trim() || draft.photos.length)
}
