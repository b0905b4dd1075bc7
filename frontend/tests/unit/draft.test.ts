import { beforeEach, describe, expect, it } from 'vitest'
import { deleteDraft, draftFiles, draftKey, hasContent, loadDraft, saveDraftForm, saveDraftPhotos, type ReportDraftForm } from '@/views/casework/report/draft'

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const r = new FileReader()
    r.onload = () => resolve(r.result as string)
    r.readAsDataURL(blob)
  })
}

const form = (over: Partial<ReportDraftForm> = {}): ReportDraftForm => ({
  waterBodyId: null,
  waterBodyName: '',
  reachId: null,
  category: '',
  description: '',
  lat: '',
  lon: '',
  address: '',
  ...over,
})

describe('report drafts', () => {
  const key = draftKey(42)
  beforeEach(async () => {
    await deleteDraft(key)
  })

  it('keep the fields and the client id', async () => {
    await saveDraftForm(key, 'client-1', form({ waterBodyId: 3, waterBodyName: '小黑河', description: '垃圾' }), 1000)
    const d = await loadDraft(key)
    expect(d).toMatchObject({ key, clientId: 'client-1', updatedAt: 1000, photos: [] })
    expect(d!.form).toMatchObject({ waterBodyId: 3, waterBodyName: '小黑河', description: '垃圾' })
    expect(hasContent(d)).toBe(true)
  })

  it('keep the photos as files, and later field saves do not lose them', async () => {
    const photo = new File([new Uint8Array([137, 80, 78, 71])], 'river.png', { type: 'image/png', lastModified: 5 })
    await saveDraftPhotos(key, 'client-2', form(), [photo], 2000)
    await saveDraftForm(key, 'client-2', form({ description: 'later' }), 3000)
    const d = await loadDraft(key)
    const files = draftFiles(d!)
    expect(files).toHaveLength(1)
    expect(await dataUrl(files[0]!)).toBe('data:image/png;base64,iVBORw==') // the bytes 137 80 78 71
    expect([files[0]!.name, files[0]!.type, files[0]!.lastModified]).toEqual(['river.png', 'image/png', 5])
    expect(d!.form.description).toBe('later')
  })

  it('are gone once deleted, and an empty form is not worth restoring', async () => {
    await saveDraftForm(key, 'c', form({ description: 'x' }))
    await deleteDraft(key)
    expect(await loadDraft(key)).toBeUndefined()
    expect(hasContent({ key, clientId: 'c', form: form(), photos: [], updatedAt: 0 })).toBe(false)
  })
})
