import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, http, multipart, normalizeField, onUnauthorized, parseProblem, request, toQueryString } from '@/api/request'

type Call = { url: string; init: RequestInit }

function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

function clearCookies() {
  for (const c of document.cookie.split(';')) {
    const name = c.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}

describe('request', () => {
  let calls: Call[]
  let responder: (url: string, init: RequestInit) => Response | Promise<Response>

  beforeEach(() => {
    calls = []
    clearCookies()
    responder = () => jsonResponse(200, { ok: true })
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, init })
      return responder(url, init)
    }))
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    onUnauthorized(null)
    clearCookies()
  })

  const header = (c: Call | undefined, name: string) => (c?.init.headers as Record<string, string> | undefined)?.[name]

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on POST, PUT, PATCH and DELETE', async () => {
    document.cookie = 'XSRF-TOKEN=abc123; path=/'
    await http.post('/api/x', { a: 1 })
    await http.put('/api/x', { a: 1 })
    await http.patch('/api/x', { a: 1 })
    await http.delete('/api/x')
    expect(calls).toHaveLength(4)
    for (const c of calls) expect(header(c, 'X-XSRF-TOKEN')).toBe('abc123')
    expect(calls.map((c) => c.init.method)).toEqual(['POST', 'PUT', 'PATCH', 'DELETE'])
    expect(calls[0]!.init.credentials).toBe('same-origin')
    expect(header(calls[0], 'Content-Type')).toBe('application/json')
    expect(calls[0]!.init.body).toBe('{"a":1}')
  })

  it('does not send the CSRF header on GET', async () => {
    document.cookie = 'XSRF-TOKEN=abc123; path=/'
    await http.get('/api/x', { q: 'river' })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe('/api/x?q=river')
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBeUndefined()
    // and it says it is the browser app, so a 401 brings no Basic-auth pop-up
    expect(header(calls[0], 'X-Requested-With')).toBe('XMLHttpRequest')
  })

  it('gets a token first when the cookie is missing, then posts with it', async () => {
    responder = (url) => {
      if (url === '/api/config') document.cookie = 'XSRF-TOKEN=fresh; path=/'
      return jsonResponse(200, {})
    }
    await http.post('/api/auth/login', { username: 'u', password: 'p' })
    expect(calls.map((c) => c.url)).toEqual(['/api/config', '/api/auth/login'])
    expect(header(calls[1], 'X-XSRF-TOKEN')).toBe('fresh')
  })

  it('retries a 403 once when a fresh token arrives (the token rotates at login)', async () => {
    document.cookie = 'XSRF-TOKEN=old; path=/'
    let posts = 0
    responder = (url) => {
      if (url === '/api/config') {
        document.cookie = 'XSRF-TOKEN=new; path=/'
        return jsonResponse(200, {})
      }
      posts++
      return posts === 1 ? jsonResponse(403, { title: 'Forbidden', status: 403 }, 'application/problem+json') : jsonResponse(200, { done: 1 })
    }
    await expect(http.post('/api/casework/cases/1/handback', { reason: 'r' })).resolves.toEqual({ done: 1 })
    expect(calls.map((c) => header(c, 'X-XSRF-TOKEN') ?? '-')).toEqual(['old', '-', 'new'])
  })

  it('does not retry a 403 when the token stays the same (a real permission refusal)', async () => {
    document.cookie = 'XSRF-TOKEN=same; path=/'
    responder = (url) => (url === '/api/config' ? jsonResponse(200, {}) : jsonResponse(403, { title: 'Forbidden', detail: 'no', status: 403 }, 'application/problem+json'))
    const err = await http.post('/api/x', {}).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).status).toBe(403)
    expect(calls.filter((c) => c.url === '/api/x')).toHaveLength(1)
  })

  it('parses problem details into an ApiError with field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    responder = () =>
      jsonResponse(
        400,
        {
          type: 'https://hezhang/problems/validation',
          title: 'Bad input',
          status: 400,
          detail: 'Invalid report',
          errors: [
            { field: 'report.lat', message: 'must be ≤ 90' },
            { field: 'photos[0]', message: 'too large' },
            { field: 'description', message: 'required' },
          ],
        },
        'application/problem+json',
      )
    const err = (await http.post('/api/casework/cases', {}).catch((e: unknown) => e)) as ApiError
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(400)
    expect(err.title).toBe('Bad input')
    expect(err.detail).toBe('Invalid report')
    expect(err.fieldErrors()).toEqual({ lat: 'must be ≤ 90', photos: 'too large', description: 'required' })
  })

  it('calls the 401 handler, except when asked not to', async () => {
    const handler = vi.fn()
    onUnauthorized(handler)
    responder = () => jsonResponse(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json')
    await expect(http.get('/api/inbox')).rejects.toMatchObject({ status: 401 })
    expect(handler).toHaveBeenCalledTimes(1)
    await expect(http.get('/api/auth/me', undefined, { skipAuthRedirect: true })).rejects.toMatchObject({ status: 401 })
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('turns a failed connection into a network ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    }))
    const err = (await http.get('/api/inbox').catch((e: unknown) => e)) as ApiError
    expect(err.kind).toBe('network')
    expect(err.isNetwork).toBe(true)
    expect(err.status).toBe(0)
  })

  it('answers undefined for 204 and keeps a non-JSON error usable', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    responder = () => new Response(null, { status: 204 })
    await expect(http.post('/api/notifications/1/read')).resolves.toBeUndefined()
    responder = () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })
    const err = (await request('/api/x').catch((e: unknown) => e)) as ApiError
    expect(err.status).toBe(502)
    expect(err.errors).toEqual([])
  })

  it('sends multipart without setting Content-Type (the browser adds the boundary)', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const form = multipart({ report: { a: 1 } }, { photos: [new File(['x'], 'a.jpg', { type: 'image/jpeg' })] })
    await http.postMultipart('/api/casework/cases', form)
    expect(header(calls[0], 'Content-Type')).toBeUndefined()
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBe('t')
    expect(calls[0]!.init.body).toBe(form)
  })
})

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const r = new FileReader()
    r.onload = () => resolve(r.result as string)
    r.readAsText(blob)
  })
}

describe('multipart', () => {
  it('puts JSON parts as application/json blobs and repeats file parts', async () => {
    const a = new File(['a'], 'a.jpg', { type: 'image/jpeg' })
    const b = new File(['b'], 'b.png', { type: 'image/png' })
    const form = multipart({ report: { waterBodyId: 1, description: '垃圾' } }, { photos: [a, b] })
    const report = form.get('report') as Blob
    expect(report.type).toBe('application/json')
    expect(JSON.parse(await readText(report))).toEqual({ waterBodyId: 1, description: '垃圾' })
    const photos = form.getAll('photos') as File[]
    expect(photos.map((p) => p.name)).toEqual(['a.jpg', 'b.png'])
  })
})

describe('problem parsing helpers', () => {
  it('reads a problem+json body', () => {
    const p = parseProblem(409, 'application/problem+json', JSON.stringify({ title: 'Conflict', detail: 'Case is closed', status: 409 }))
    expect(p).toMatchObject({ title: 'Conflict', detail: 'Case is closed', status: 409, errors: [] })
  })

  it('keeps the HTTP status when the body has none, and survives bad JSON', () => {
    expect(parseProblem(429, 'application/json', '{"detail":"wait"}')).toMatchObject({ status: 429, detail: 'wait' })
    expect(parseProblem(500, 'application/json', '{oops')).toMatchObject({ status: 500, errors: [] })
  })

  it('normalises field paths', () => {
    expect(normalizeField('report.lat')).toBe('lat')
    expect(normalizeField('photos[3]')).toBe('photos')
    expect(normalizeField('waterBodyId')).toBe('waterBodyId')
  })

  it('builds query strings without empty values', () => {
    expect(toQueryString({ a: 1, b: '', c: null, d: undefined, e: false, f: ['x', 'y'] })).toBe('?a=1&e=false&f=x&f=y')
    expect(toQueryString({})).toBe('')
  })
})

describe('describeError', async () => {
  const { describeError } = await import('@/utils/problem')
  const t = (k: string) => `[${k}]`

  it('names the kind of failure in our words and keeps the server’s detail', () => {
    const e = new ApiError(409, { title: 'Conflict', status: 409, detail: '案件已办结', errors: [] })
    expect(describeError(e, t)).toEqual({ title: '[common.error.conflict]', detail: '案件已办结' })
  })

  it('falls back to the server’s title when there is no detail, but not to a bare HTTP status', () => {
    expect(describeError(new ApiError(400, { title: '参数错误', status: 400, errors: [] }), t)).toEqual({
      title: '[common.error.invalid]',
      detail: '参数错误',
    })
    expect(describeError(new ApiError(502, parseProblem(502, 'text/html', '<html/>')), t)).toEqual({ title: '[common.error.server]', detail: '' })
  })

  it('tells a network failure apart', () => {
    expect(describeError(new ApiError(0, { errors: [] }, 'network'), t).title).toBe('[common.error.network]')
  })
})

describe('Accept-Language', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('follows the chosen language', async () => {
    const seen: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (_u: string, init: RequestInit) => {
      seen.push((init.headers as Record<string, string>)['Accept-Language'] ?? '')
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } })
    }))
    document.documentElement.lang = 'en-US'
    await http.get('/api/x')
    document.documentElement.lang = 'zh-CN'
    await http.get('/api/x')
    expect(seen).toEqual(['en-US', 'zh-CN'])
  })
})
