/**
 * The one HTTP client of the app (fetch, no axios).
 *
 * - JSON in and out, cookies same-origin (the session is a cookie).
 * - CSRF: Spring Security's cookie `XSRF-TOKEN` is echoed as header `X-XSRF-TOKEN` on every unsafe method.
 *   When the cookie is missing we first make a GET so the server sets it, and a 403 on an unsafe method is
 *   retried once if that GET brings a different token (Spring rotates the token at login).
 * - Errors are RFC 9457 problem details, parsed into {@link ApiError}; forms map `errors[].field` to fields.
 * - A 401 calls the handler registered with {@link onUnauthorized} (the router sends the user to /login).
 * - Every call says `X-Requested-With: XMLHttpRequest`, so a 401 never makes the browser pop up its own
 *   Basic-auth dialog (the server sends the Basic challenge only to scripts without that header).
 */

export interface FieldError {
  field: string
  message: string
}

export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  [extension: string]: unknown
}

export type ApiErrorKind = 'http' | 'network' | 'aborted'

export class ApiError extends Error {
  readonly status: number
  readonly kind: ApiErrorKind
  readonly problem: ProblemDetail

  constructor(status: number, problem: ProblemDetail, kind: ApiErrorKind = 'http') {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.kind = kind
    this.problem = problem
  }

  get title(): string | undefined {
    return this.problem.title
  }

  get detail(): string | undefined {
    return this.problem.detail
  }

  get errors(): FieldError[] {
    return this.problem.errors ?? []
  }

  /** Field errors keyed by the last segment of the field path: `report.lat` → `lat`, `photos[0]` → `photos`. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.errors) {
      const key = normalizeField(e.field)
      out[key] = out[key] ? `${out[key]}; ${e.message}` : e.message
    }
    return out
  }

  get isNetwork(): boolean {
    return this.kind === 'network'
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export function normalizeField(field: string): string {
  const withoutIndex = field.replace(/\[\d+\]/g, '')
  const parts = withoutIndex.split('.').filter(Boolean)
  return parts[parts.length - 1] ?? field
}

/** Reads a problem from a response body. Bodies that are not problem JSON still give a usable problem. */
export function parseProblem(status: number, contentType: string | null, body: string): ProblemDetail {
  const ct = (contentType ?? '').toLowerCase()
  if (body && (ct.includes('json') || /^\s*\{/.test(body))) {
    try {
      const raw: unknown = JSON.parse(body)
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const obj = raw as Record<string, unknown>
        const problem: ProblemDetail = { ...obj, status: typeof obj.status === 'number' ? obj.status : status }
        problem.title = typeof obj.title === 'string' ? obj.title : undefined
        problem.detail = typeof obj.detail === 'string' ? obj.detail : undefined
        problem.type = typeof obj.type === 'string' ? obj.type : undefined
        problem.errors = parseFieldErrors(obj.errors)
        return problem
      }
    } catch {
      // not JSON after all: fall through
    }
  }
  // no problem body (a proxy's HTML page, an empty 502): the UI names the failure from the status
  return { status, title: `HTTP ${status}`, errors: [] }
}

function parseFieldErrors(raw: unknown): FieldError[] {
  if (!Array.isArray(raw)) return []
  const out: FieldError[] = []
  for (const item of raw) {
    if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>
      const field = typeof o.field === 'string' ? o.field : typeof o.pointer === 'string' ? o.pointer.replace(/^#?\//, '').replace(/\//g, '.') : ''
      const message = typeof o.message === 'string' ? o.message : typeof o.detail === 'string' ? o.detail : ''
      if (field || message) out.push({ field, message })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------
// CSRF

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
const CSRF_PRIME_URL = '/api/config'

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined' || !document.cookie) return null
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=')
    const key = (eq < 0 ? part : part.slice(0, eq)).trim()
    if (key === name) {
      const value = eq < 0 ? '' : part.slice(eq + 1).trim()
      return value ? decodeURIComponent(value) : null
    }
  }
  return null
}

let priming: Promise<void> | null = null

/** Makes sure the XSRF-TOKEN cookie exists (any response of the server sets it). */
export function primeCsrf(force = false): Promise<void> {
  if (!force && readCookie(CSRF_COOKIE)) return Promise.resolve()
  if (!priming) {
    priming = fetch(CSRF_PRIME_URL, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    })
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        priming = null
      })
  }
  return priming
}

// ---------------------------------------------------------------------------------------------------------
// 401 handling

type UnauthorizedHandler = (error: ApiError) => void
let unauthorizedHandler: UnauthorizedHandler | null = null

export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler
}

// ---------------------------------------------------------------------------------------------------------
// requests

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue | QueryValue[]>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  /** JSON body */
  body?: unknown
  /** multipart body (see {@link multipart}); wins over `body` */
  form?: FormData
  headers?: Record<string, string>
  signal?: AbortSignal
  /** do not call the 401 handler (login, the initial /me) */
  skipAuthRedirect?: boolean
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function toQueryString(query?: Query): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value]
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue
      params.append(key, String(v))
    }
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? (options.body !== undefined || options.form ? 'POST' : 'GET')
  const url = path + toQueryString(options.query)
  const unsafe = UNSAFE.has(method)
  if (unsafe) await primeCsrf()

  const send = async (): Promise<{ response: Response; sentToken: string | null }> => {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      // marks the browser app: the server then answers 401 without a Basic challenge (no browser login pop-up)
      'X-Requested-With': 'XMLHttpRequest',
      // the language the user chose (set on <html lang> by the i18n setup), so problem details can follow it
      'Accept-Language': (typeof document !== 'undefined' && document.documentElement.lang) || 'zh-CN',
      ...options.headers,
    }
    let body: BodyInit | undefined
    if (options.form) {
      body = options.form // the browser sets the multipart boundary
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const sentToken = unsafe ? readCookie(CSRF_COOKIE) : null
    if (sentToken) headers[CSRF_HEADER] = sentToken
    try {
      const response = await fetch(url, { method, headers, body, credentials: 'same-origin', signal: options.signal })
      return { response, sentToken }
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        throw new ApiError(0, { title: 'aborted', errors: [] }, 'aborted')
      }
      throw new ApiError(0, { title: 'network', detail: e instanceof Error ? e.message : String(e), errors: [] }, 'network')
    }
  }

  let { response, sentToken } = await send()
  if (unsafe && response.status === 403) {
    await primeCsrf(true)
    const fresh = readCookie(CSRF_COOKIE)
    if (fresh && fresh !== sentToken) ({ response, sentToken } = await send())
  }

  if (!response.ok) {
    const text = await response.text().catch(() => '')
    const error = new ApiError(response.status, parseProblem(response.status, response.headers.get('Content-Type'), text))
    if (response.status === 401 && !options.skipAuthRedirect && unauthorizedHandler) unauthorizedHandler(error)
    throw error
  }
  if (response.status === 204) return undefined as T
  const text = await response.text()
  if (!text) return undefined as T
  const ct = response.headers.get('Content-Type') ?? ''
  return (ct.includes('json') ? JSON.parse(text) : text) as T
}

export const http = {
  get: <T>(path: string, query?: Query, options: Omit<RequestOptions, 'query' | 'method'> = {}) =>
    request<T>(path, { ...options, method: 'GET', query }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body' | 'method'> = {}) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body' | 'method'> = {}) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body' | 'method'> = {}) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options: Omit<RequestOptions, 'method'> = {}) => request<T>(path, { ...options, method: 'DELETE' }),
  /** POST multipart/form-data built with {@link multipart}. */
  postMultipart: <T>(path: string, form: FormData, options: Omit<RequestOptions, 'form' | 'method'> = {}) =>
    request<T>(path, { ...options, method: 'POST', form }),
}

/**
 * Builds a multipart body: each JSON part is sent as a Blob of type application/json (so Spring's
 * `@RequestPart` reads it as JSON), each file list as repeated parts with the same name.
 */
export function multipart(jsonParts: Record<string, unknown>, fileParts: Record<string, readonly Blob[]> = {}): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(jsonParts)) {
    form.append(name, new Blob([JSON.stringify(value)], { type: 'application/json' }))
  }
  for (const [name, files] of Object.entries(fileParts)) {
    for (const file of files) {
      const filename = file instanceof File ? file.name : `${name}.bin`
      form.append(name, file, filename)
    }
  }
  return form
}
