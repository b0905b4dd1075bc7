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
    // our own words for the kind of failure; the server's detail (or, lacking one, its title) says what exactly
    const detail = error.detail || (error.title && !/^HTTP \d+$/.test(error.title) ? error.title : '')
    return { title: t(statusKey(error.status)), detail }
  }
  return { title: t('common.error.generic'), detail: error instanceof Error ? error.message : '' }
}

function statusKey(status: number): string {
  switch (status) {
    case 400:
    case 422:
      return 'common.error.invalid'
    case 401:
      return 'common.error.unauthorized'
    case 403:
      return 'common.error.forbidden'
    case 404:
      return 'common.error.notFound'
    case 409:
      return 'common.error.conflict'
    case 413:
      return 'common.error.tooLarge'
    case 429:
      return 'common.error.tooMany'
    default:
      return status >= 500 ? 'common.error.server' : 'common.error.generic'
  }
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
