import { isApiError } from '@/api/request'

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface ErrorText {
  title: string
  detail: string
}

/** What to tell a person about a failed call: a short title and, when the server said more, the detail. */
export function describeError(error: unknown, t: Translate): ErrorText {
  if (isApiError(error)) {
    if (error.kind === 'network') return { title: t('common.error.network'), detail: '' }
    if (error.kind === 'aborted') return { title: t('common.error.aborted'), detail: '' }
    const detail = error.detail ?? ''
    switch (error.status) {
      case 400:
      case 422:
        return { title: error.title || t('common.error.invalid'), detail }
      case 401:
        return { title: t('common.error.unauthorized'), detail }
      case 403:
        return { title: t('common.error.forbidden'), detail }
      case 404:
        return { title: t('common.error.notFound'), detail }
      case 409:
        return { title: t('common.error.conflict'), detail }
      case 413:
        return { title: t('common.error.tooLarge'), detail }
      case 429:
        return { title: t('common.error.tooMany'), detail }
      default:
        if (error.status >= 500) return { title: t('common.error.server'), detail }
        return { title: error.title || t('common.error.generic'), detail }
    }
  }
  return { title: t('common.error.generic'), detail: error instanceof Error ? error.message : '' }
}

/** One line: `title: detail` (for toasts). */
export function errorMessage(error: unknown, t: Translate): string {
  const { title, detail } = describeError(error, t)
  return detail && detail !== title ? `${title}: ${detail}` : title
}

/** Field errors of a 400 problem keyed by field name, or {} for any other error. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return isApiError(error) && (error.status === 400 || error.status === 422) ? error.fieldErrors() : {}
}
