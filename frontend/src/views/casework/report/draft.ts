import { draftStore, type Draft } from '@/utils/draft-store'

/**
 * The report form is kept on the phone while it is filled in (IndexedDB, `utils/draft-store`), with its client id,
 * so a report survives a closed tab, a dead battery or a lost network, and the resend still creates one case.
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

export type { DraftPhoto } from '@/utils/draft-store'
export { draftFiles } from '@/utils/draft-store'
export type ReportDraft = Draft<ReportDraftForm>

const store = draftStore<ReportDraftForm>('hezhang-casework')

export function draftKey(userId: number | string): string {
  return `report:${userId}`
}

export function loadDraft(key: string): Promise<ReportDraft | undefined> {
  return store.load(key)
}

/** Saves the fields (cheap; on every change). */
export function saveDraftForm(key: string, clientId: string, form: ReportDraftForm, now = Date.now()): Promise<void> {
  return store.saveForm(key, clientId, form, now)
}

/** Saves the photos (only when they change: they are large) and the fields with them. */
export function saveDraftPhotos(
  key: string,
  clientId: string,
  form: ReportDraftForm,
  files: readonly File[],
  now = Date.now(),
): Promise<void> {
  return store.savePhotos(key, clientId, form, files, now)
}

export function deleteDraft(key: string): Promise<void> {
  return store.remove(key)
}

/** A draft is worth restoring when something was entered. */
export function hasContent(draft: ReportDraft | undefined): draft is ReportDraft {
  if (!draft) return false
  const f = draft.form
  return Boolean(f.waterBodyId || f.category || f.description.trim() || f.lat || f.lon || f.address.trim() || draft.photos.length)
}
