import Dexie, { type Table } from 'dexie'

/**
 * A form kept in this browser while it is filled in (IndexedDB), with its client id, so that a reload, a closed tab
 * or a lost network loses nothing and the resend with the same client id still files once. Fields and photos live
 * in two tables, so saving a keystroke never rewrites megabytes of photos. Best effort throughout: without
 * IndexedDB (private mode, quota) the form works without drafts.
 */
export interface DraftPhoto {
  name: string
  type: string
  lastModified: number
  data: ArrayBuffer
}

export interface Draft<F> {
  key: string
  clientId: string
  form: F
  photos: DraftPhoto[]
  updatedAt: number
}

interface DraftRow<F> {
  key: string
  clientId: string
  form: F
  updatedAt: number
}

interface PhotosRow {
  key: string
  photos: DraftPhoto[]
}

class DraftDatabase<F> extends Dexie {
  drafts!: Table<DraftRow<F>, string>
  draftPhotos!: Table<PhotosRow, string>

  constructor(name: string) {
    super(name)
    this.version(1).stores({ drafts: 'key', draftPhotos: 'key' })
  }
}

export interface DraftStore<F> {
  load(key: string): Promise<Draft<F> | undefined>
  /** Saves the fields (cheap; on every change). */
  saveForm(key: string, clientId: string, form: F, now?: number): Promise<void>
  /** Saves the photos (only when they change: they are large) and the fields with them. */
  savePhotos(key: string, clientId: string, form: F, files: readonly File[], now?: number): Promise<void>
  remove(key: string): Promise<void>
}

/**
 * The drafts of one form in their own database ({@code name}); {@code complete} fills in fields a draft saved by an
 * older version of the form may lack.
 */
export function draftStore<F extends object>(name: string, complete: (form: F) => F = (form) => form): DraftStore<F> {
  let db: DraftDatabase<F> | null = null
  const database = (): DraftDatabase<F> | null => {
    if (typeof indexedDB === 'undefined') return null
    db ??= new DraftDatabase<F>(name)
    return db
  }
  return {
    async load(key) {
      const d = database()
      if (!d) return undefined
      try {
        return await d.transaction('r', d.drafts, d.draftPhotos, async () => {
          const row = await d.drafts.get(key)
          if (!row) return undefined
          const photos = (await d.draftPhotos.get(key))?.photos ?? []
          return { ...row, form: complete(row.form), photos }
        })
      } catch {
        return undefined
      }
    },
    async saveForm(key, clientId, form, now = Date.now()) {
      try {
        await database()?.drafts.put({ key, clientId, form: { ...form }, updatedAt: now })
      } catch {
        // best effort
      }
    },
    async savePhotos(key, clientId, form, files, now = Date.now()) {
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
    },
    async remove(key) {
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
    },
  }
}

/** A file's bytes for IndexedDB. Blob.arrayBuffer is missing in older WebViews; FileReader is everywhere. */
export function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

/** The draft's photos as files again, for the form and the upload. */
export function draftFiles(draft: { photos: DraftPhoto[] }): File[] {
  return draft.photos.map((p) => {
    // copy into a fresh buffer: what IndexedDB hands back may come from another realm (some WebViews, jsdom)
    const bytes = new Uint8Array(p.data.byteLength)
    bytes.set(new Uint8Array(p.data))
    return new File([bytes], p.name, { type: p.type, lastModified: p.lastModified })
  })
}
