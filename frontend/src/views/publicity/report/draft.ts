import { draftStore, type Draft } from '@/utils/draft-store'

/**
 * The public report form is kept in this browser while it is filled in (IndexedDB, `utils/draft-store`, like the
 * staff report form): a reload, a closed tab or a lost network loses nothing, and the resend with the same client id
 * still files one report.
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

export type { DraftPhoto } from '@/utils/draft-store'
export { draftFiles } from '@/utils/draft-store'
export type PublicDraft = Draft<PublicDraftForm>

/** One draft per browser: the portal has no accounts. */
export const DRAFT_KEY = 'public-report'

export function emptyDraftForm(): PublicDraftForm {
  return { category: '', waterBodyCode: '', lat: '', lon: '', address: '', description: '', name: '', phone: '' }
}

const store = draftStore<PublicDraftForm>('hezhang-publicity', (form) => ({ ...emptyDraftForm(), ...form }))

export function loadDraft(key = DRAFT_KEY): Promise<PublicDraft | undefined> {
  return store.load(key)
}

export function saveDraftForm(clientId: string, form: PublicDraftForm, key = DRAFT_KEY, now = Date.now()): Promise<void> {
  return store.saveForm(key, clientId, form, now)
}

export function saveDraftPhotos(clientId: string, form: PublicDraftForm, files: readonly File[], key = DRAFT_KEY, now = Date.now()): Promise<void> {
  return store.savePhotos(key, clientId, form, files, now)
}

export function deleteDraft(key = DRAFT_KEY): Promise<void> {
  return store.remove(key)
}

/** Worth restoring when something was entered (a water body preselected by a QR link alone is not). */
export function hasContent(draft: PublicDraft | undefined): draft is PublicDraft {
  if (!draft) return false
  const f = draft.form
  return Boolean(f.category || f.description.trim() || f.lat || f.lon || f.address.trim() || f.name.trim() || f.phone.trim() || draft.photos.length)
}
