export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024
export const PHOTO_MAX_COUNT = 9

export type PhotoRejection = 'type' | 'size' | 'count'

export interface PhotoCheck {
  accepted: File[]
  rejected: { file: File; reason: PhotoRejection }[]
}

export interface PhotoRules {
  max?: number
  maxBytes?: number
  types?: readonly string[]
}

/** Some phones report an empty MIME type; trust the file extension then. */
function typeOf(file: File): string {
  if (file.type) return file.type.toLowerCase()
  const ext = file.name.toLowerCase().split('.').pop()
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg'
  if (ext === 'png') return 'image/png'
  if (ext === 'webp') return 'image/webp'
  return ''
}

/** Which of the newly chosen files may join the ones already there: JPEG/PNG/WebP, ≤ 10 MB, ≤ 9 in all. */
export function checkPhotos(existing: readonly File[], incoming: readonly File[], rules: PhotoRules = {}): PhotoCheck {
  const max = rules.max ?? PHOTO_MAX_COUNT
  const maxBytes = rules.maxBytes ?? PHOTO_MAX_BYTES
  const types = rules.types ?? PHOTO_TYPES
  const accepted: File[] = []
  const rejected: PhotoCheck['rejected'] = []
  for (const file of incoming) {
    if (!types.includes(typeOf(file))) rejected.push({ file, reason: 'type' })
    else if (file.size > maxBytes) rejected.push({ file, reason: 'size' })
    else if (existing.length + accepted.length >= max) rejected.push({ file, reason: 'count' })
    else accepted.push(file)
  }
  return { accepted, rejected }
}
