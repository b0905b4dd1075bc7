import { beforeEach, describe, expect, it } from 'vitest'
import { deleteDraft, draftFiles, emptyDraftForm, hasContent, loadDraft, saveDraftForm, saveDraftPhotos } from '@/views/publicity/report/draft'

describe('public report drafts', () => {
  beforeEach(async () => {
    await deleteDraft()
  })

  it('keep the fields, the client id and the photos across a reload', async () => {
    const photo = new File([new Uint8Array([255, 216, 255])], 'bank.jpg', { type: 'image/jpeg', lastModified: 9 })
    await saveDraftPhotos('client-a', { ...emptyDraftForm(), category: 'GARBAGE' }, [photo], undefined, 1000)
    await saveDraftForm('client-a', { ...emptyDraftForm(), category: 'GARBAGE', description: '岸边垃圾', phone: '13800000000' }, undefined, 2000)
    const d = await loadDraft()
    expect(d).toMatchObject({ clientId: 'client-a', updatedAt: 2000 })
    expect(d!.form).toMatchObject({ category: 'GARBAGE', description: '岸边垃圾', phone: '13800000000' })
    const files = draftFiles(d!)
    expect(files.map((f) => [f.name, f.type, f.size])).toEqual([['bank.jpg', 'image/jpeg', 3]])
    expect(hasContent(d)).toBe(true)
  })

  it('are not worth restoring when only the water body came from a QR link', async () => {
    await saveDraftForm('client-b', { ...emptyDraftForm(), waterBodyCode: 'HLH' })
    expect(hasContent(await loadDraft())).toBe(false)
  })

  it('are gone once the report is filed', async () => {
    await saveDraftForm('client-c', { ...emptyDraftForm(), description: 'x' })
    await deleteDraft()
    expect(await loadDraft()).toBeUndefined()
  })
})
