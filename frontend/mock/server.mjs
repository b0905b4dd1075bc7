// A stand-in for the Hezhang backend, for front-end work and for trying the Playwright spec while the real
// backend is not runnable. It follows the API contract of the front-end brief, keeps everything in memory,
// and is NOT the truth: the Spring Boot app is. No dependencies: `node mock/server.mjs [port]`.
//
// It serves the built SPA from target/classes/static (history-mode fallback) and /api/** like the real app:
// session cookie, XSRF-TOKEN cookie checked against X-XSRF-TOKEN on writes, problem details on errors.
import { createServer } from 'node:http'
import { randomBytes, randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const PORT = Number(process.argv[2] ?? process.env.PORT ?? 8080)
const STATIC = fileURLToPath(new URL('../target/classes/static/', import.meta.url))
const PASSWORD = 'Demo#2026'

// ---------------------------------------------------------------------------------------------- reference data
const regions = [
  { code: '150000', name: '内蒙古自治区', level: 'REGION', parentCode: null },
  { code: '150100', name: '呼和浩特市', level: 'CITY', parentCode: '150000' },
  { code: '150200', name: '包头市', level: 'CITY', parentCode: '150000' },
  { code: '150102', name: '新城区', level: 'COUNTY', parentCode: '150100' },
  { code: '150103', name: '回民区', level: 'COUNTY', parentCode: '150100' },
  { code: '150104', name: '玉泉区', level: 'COUNTY', parentCode: '150100' },
  { code: '150105', name: '赛罕区', level: 'COUNTY', parentCode: '150100' },
  { code: '150202', name: '东河区', level: 'COUNTY', parentCode: '150200' },
  { code: '150105003', name: '巴彦街道', level: 'TOWNSHIP', parentCode: '150105' },
]
const regionName = (code) => regions.find((r) => r.code === code)?.name ?? null

const users = [
  ['admin', '系统管理员', 'ADMIN', null, '150000', null],
  ['supervisor', '督查员', 'SUPERVISOR', 'REGION', '150000', null],
  ['chief.region', '自治区河长', 'CHIEF', 'REGION', '150000', null],
  ['chief.hohhot', '呼和浩特市河长', 'CHIEF', 'CITY', '150100', null],
  ['chief.saihan', '赛罕区河长', 'CHIEF', 'COUNTY', '150105', null],
  ['chief.township', '巴彦街道河长', 'CHIEF', 'TOWNSHIP', '150105003', null],
  ['office.region', '自治区河长办', 'OFFICE', 'REGION', '150000', null],
  ['office.hohhot', '呼和浩特市河长办', 'OFFICE', 'CITY', '150100', null],
  ['office.saihan', '赛罕区河长办', 'OFFICE', 'COUNTY', '150105', null],
  ['inspector.saihan', '赛罕区巡河员', 'INSPECTOR', 'COUNTY', '150105', null],
  ['unit.zhujian', '赛罕区住建局', 'UNIT', 'COUNTY', '150105', 1],
  ['unit.huanjing', '赛罕区生态环境分局', 'UNIT', 'COUNTY', '150105', 2],
].map(([username, displayName, role, level, regionCode, orgId], i) => ({
  id: i + 1,
  username,
  displayName,
  role,
  level,
  regionCode,
  regionName: regionName(regionCode),
  orgId,
  orgName: orgId ? displayName : null,
}))

const units = [
  { id: 1, name: '赛罕区住建局', regionCode: '150105' },
  { id: 2, name: '赛罕区生态环境分局', regionCode: '150105' },
  { id: 3, name: '赛罕区水务局', regionCode: '150105' },
]
const waterbodies = [
  { id: 1, code: 'R150100-XHH', name: '小黑河', type: 'RIVER' },
  { id: 2, code: 'R150100-DHH', name: '大黑河', type: 'RIVER' },
  { id: 3, code: 'L150000-DH', name: '岱海', type: 'LAKE' },
]
const reaches = {
  1: [{ id: 11, code: 'XHH-150105', name: '小黑河赛罕区段', regionCode: '150105', regionName: '赛罕区', centerLat: 40.7825, centerLon: 111.7391 }],
  2: [{ id: 21, code: 'DHH-150105', name: '大黑河赛罕区段', regionCode: '150105', regionName: '赛罕区', centerLat: 40.7012, centerLon: 111.8123 }],
  3: [],
}
const categories = [
  ['OUTFALL', '排污口', 'Sewage outfall'],
  ['GARBAGE', '垃圾', 'Garbage'],
  ['FLOATING_DEBRIS', '漂浮物', 'Floating debris'],
  ['BLACK_ODOROUS', '黑臭水体', 'Black-odorous water'],
  ['SAND_MINING', '非法采砂', 'Illegal sand mining'],
  ['ENCROACHMENT', '侵占河道·违建', 'Encroachment / illegal building'],
  ['ABNORMAL_WATER', '水质异常·死鱼', 'Abnormal water / dead fish'],
  ['FACILITY_DAMAGE', '设施损坏', 'Damaged facility'],
  ['OTHER', '其他', 'Other'],
].map(([code, nameZh, nameEn]) => ({ code, nameZh, nameEn }))

// ---------------------------------------------------------------------------------------------- state
const sessions = new Map() // sid -> userId
const failures = new Map() // username -> count
const media = new Map() // id -> {type, data}
const cases = []
const clientIds = new Map() // clientId -> caseId
const notices = [] // {id,userId,title,body,link,createdAt,readAt}
let seq = 100

function notify(userFilter, title, body, link) {
  for (const u of users.filter(userFilter)) {
    notices.push({ id: ++seq, userId: u.id, title, body, link, createdAt: new Date().toISOString(), readAt: null })
  }
}

// five working days (Mon–Fri) from now, 18:00 Beijing time
function defaultDeadline(workingDays = 5) {
  const d = new Date(Date.now() + 8 * 3600_000) // Beijing wall clock in UTC fields
  let left = workingDays
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1)
    const day = d.getUTCDay()
    if (day !== 0 && day !== 6) left--
  }
  d.setUTCHours(18 - 8, 0, 0, 0)
  return d.toISOString()
}

function actionsFor(c, u) {
  const a = []
  const inScope = u.role === 'ADMIN' || (u.regionCode && (c.regionCode.startsWith(u.regionCode.replace(/0+$/, '')) || u.regionCode === '150000'))
  if (u.role === 'OFFICE' && inScope) {
    if (c.status === 'REPORTED') a.push('TRIAGE')
    if (c.status === 'ACCEPTED') a.push('ASSIGN')
    if (c.status === 'SUBMITTED') a.push('ACCEPT_RECTIFICATION')
  }
  if (u.role === 'INSPECTOR' && c.reporterId === u.id && c.status === 'SUBMITTED') a.push('ACCEPT_RECTIFICATION')
  if (u.role === 'UNIT' && c.unitId === u.orgId && c.status === 'RECTIFYING') {
    a.push('SUBMIT_RECTIFICATION', 'PROGRESS')
    if (!c.pendingExtension) a.push('REQUEST_EXTENSION')
    if (Date.now() - Date.parse(c.assignedAt) < 24 * 3600_000 && c.reworkCount === 0) a.push('HANDBACK')
  }
  if (u.role === 'CHIEF' && inScope) {
    if (c.pendingExtension) a.push('DECIDE_EXTENSION')
    if (c.status === 'AWAITING_CLOSURE_APPROVAL') a.push('APPROVE_CLOSURE')
  }
  return a
}

function visible(c, u) {
  if (u.role === 'UNIT') return c.unitId === u.orgId
  if (u.role === 'ADMIN' || u.regionCode === '150000') return true
  return c.regionCode.startsWith(u.regionCode.slice(0, u.level === 'CITY' ? 4 : 6))
}

function summary(c) {
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    category: c.category,
    severity: c.severity,
    waterBodyName: c.waterBodyName,
    reachName: c.reachName,
    regionName: regionName(c.regionCode),
    unitName: units.find((x) => x.id === c.unitId)?.name ?? null,
    reportedAt: c.reportedAt,
    deadline: c.deadline,
    overdue: Boolean(c.deadline && c.status !== 'CLOSED' && Date.parse(c.deadline) < Date.now()),
    source: c.source,
  }
}

function detail(c, u) {
  return {
    ...summary(c),
    description: c.description,
    lat: c.lat,
    lon: c.lon,
    address: c.address,
    handlingRegionCode: c.regionCode,
    handlingRegionName: regionName(c.regionCode),
    requirement: c.requirement,
    urgency: c.urgency,
    reworkCount: c.reworkCount,
    reporterName: c.reporterName,
    closedAt: c.closedAt,
    photos: c.timeline.flatMap((t) => t.photos),
    timeline: c.timeline,
    actions: actionsFor(c, u),
    pendingExtension: c.pendingExtension,
  }
}

function step(c, u, action, opinion = null, details = null, photos = []) {
  c.timeline.push({
    id: ++seq,
    action,
    actorName: u ? u.displayName : null,
    actorRole: u ? u.role : null,
    at: new Date().toISOString(),
    opinion,
    details,
    photos,
  })
}

function savePhotos(files, kind) {
  return files.map((f) => {
    const id = ++seq
    media.set(id, { type: f.type || 'application/octet-stream', data: f.data })
    return { id, url: `/api/media/${id}`, thumbnailUrl: `/api/media/${id}/thumbnail`, kind }
  })
}

// ---------------------------------------------------------------------------------------------- http helpers
class Problem extends Error {
  constructor(status, title, detail, errors = []) {
    super(detail)
    this.status = status
    this.title = title
    this.detail = detail
    this.errors = errors
  }
}
const bad = (errors) => new Problem(400, '请求参数不合法', '请检查标注的字段', errors)
const conflict = (detail) => new Problem(409, '状态冲突', detail)

function cookies(req) {
  const out = {}
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=')
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim())
  }
  return out
}

async function body(req) {
  const chunks = []
  for await (const c of req) chunks.push(c)
  return Buffer.concat(chunks)
}

function parseMultipart(buf, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType)
  if (!m) throw bad([{ field: 'body', message: 'multipart boundary missing' }])
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`)
  const parts = []
  let pos = buf.indexOf(boundary)
  while (pos >= 0) {
    const start = pos + boundary.length
    if (buf.slice(start, start + 2).toString() === '--') break
    const next = buf.indexOf(boundary, start)
    if (next < 0) break
    const part = buf.slice(start + 2, next - 2) // skip CRLF after boundary and before the next
    const headerEnd = part.indexOf('\r\n\r\n')
    const headers = part.slice(0, headerEnd).toString()
    const data = part.slice(headerEnd + 4)
    const name = /name="([^"]*)"/.exec(headers)?.[1]
    const filename = /filename="([^"]*)"/.exec(headers)?.[1]
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim()
    parts.push({ name, filename, type, data })
    pos = next
  }
  return parts
}

function jsonPart(parts, name) {
  const p = parts.find((x) => x.name === name)
  if (!p) throw bad([{ field: name, message: `part ${name} missing` }])
  return JSON.parse(p.data.toString('utf8'))
}

function photoParts(parts, min, max) {
  const photos = parts.filter((p) => p.name === 'photos' && p.data.length > 0)
  if (photos.length < min) throw bad([{ field: 'photos', message: `至少 ${min} 张照片` }])
  if (photos.length > max) throw bad([{ field: 'photos', message: `最多 ${max} 张照片` }])
  for (const p of photos) {
    if (!['image/jpeg', 'image/png', 'image/webp'].includes(p.type)) throw bad([{ field: 'photos', message: '只支持 JPEG/PNG/WebP' }])
  }
  return photos
}

const required = (obj, fields) => {
  const errors = fields.filter((f) => obj[f] === undefined || obj[f] === null || String(obj[f]).trim() === '').map((f) => ({ field: f, message: '不能为空' }))
  if (errors.length) throw bad(errors)
}

function page(items, q) {
  const p = Math.max(0, Number(q.get('page') ?? 0))
  const size = Math.min(100, Math.max(1, Number(q.get('size') ?? 20)))
  return { items: items.slice(p * size, p * size + size), total: items.length, page: p, size }
}

// ---------------------------------------------------------------------------------------------- routes
async function api(req, res, url, user) {
  const q = url.searchParams
  const path = url.pathname
  const method = req.method
  let m

  if (path === '/api/config' && method === 'GET') return { tileUrl: process.env.TILE_URL ?? null, tileAttribution: null }
  if (path === '/api/auth/login' && method === 'POST') {
    const { username, password } = JSON.parse((await body(req)).toString() || '{}')
    if ((failures.get(username) ?? 0) >= 5) throw new Problem(429, '登录失败次数过多', '登录失败次数过多，请 15 分钟后再试')
    const u = users.find((x) => x.username === username)
    if (!u || password !== PASSWORD) {
      failures.set(username, (failures.get(username) ?? 0) + 1)
      throw new Problem(401, '登录失败', '用户名或密码错误')
    }
    failures.delete(username)
    const sid = randomBytes(16).toString('hex')
    sessions.set(sid, u.id)
    res.setHeader('Set-Cookie', [
      `SESSION=${sid}; Path=/; HttpOnly; SameSite=Lax`,
      `XSRF-TOKEN=${randomUUID()}; Path=/; SameSite=Lax`, // rotated at login, as Spring does
    ])
    return u
  }
  if (path === '/api/auth/logout' && method === 'POST') {
    sessions.delete(cookies(req).SESSION)
    res.setHeader('Set-Cookie', 'SESSION=; Path=/; Max-Age=0')
    return null
  }
  if (!user) throw new Problem(401, '未登录', '请先登录')
  if (path === '/api/auth/me') return user

  if (path === '/api/regions') {
    return regions.filter((r) => (!q.get('level') || r.level === q.get('level')) && (!q.get('under') || r.code.startsWith(q.get('under').slice(0, 4))))
  }
  if ((m = /^\/api\/regions\/(\d+)\/children$/.exec(path))) return regions.filter((r) => r.parentCode === m[1])
  if (path === '/api/waterbodies') {
    const text = q.get('q') ?? ''
    return page(waterbodies.filter((w) => !text || w.name.includes(text)), q)
  }
  if ((m = /^\/api\/waterbodies\/(\d+)\/reaches$/.exec(path))) return reaches[m[1]] ?? []
  if (path === '/api/casework/categories') return categories
  if (path === '/api/casework/units') return units

  if ((m = /^\/api\/media\/(\d+)(\/thumbnail)?$/.exec(path))) {
    const item = media.get(Number(m[1]))
    if (!item) throw new Problem(404, '未找到', '照片不存在')
    res.writeHead(200, { 'Content-Type': item.type, 'Cache-Control': 'private, max-age=3600' })
    res.end(item.data)
    return undefined
  }

  if (path === '/api/inbox') {
    const tasks = cases
      .filter((c) => visible(c, user))
      .flatMap((c) =>
        actionsFor(c, user)
          .filter((a) => a !== 'PROGRESS' && a !== 'REQUEST_EXTENSION' && a !== 'HANDBACK')
          .map((a) => ({
            taskId: `${c.id}-${a}`,
            taskKey: `Task_${a}`,
            name: { TRIAGE: '受理', ASSIGN: '交办', SUBMIT_RECTIFICATION: '整改', ACCEPT_RECTIFICATION: '验收', DECIDE_EXTENSION: '审批延期', APPROVE_CLOSURE: '审批销号' }[a],
            processKey: 'CaseHandlingProcess',
            businessKey: c.caseNo,
            subject: `${c.waterBodyName} · ${categories.find((x) => x.code === c.category)?.nameZh ?? c.category}`,
            link: `/cases/${c.id}`,
            created: c.timeline[c.timeline.length - 1].at,
            due: c.deadline,
            overdue: summary(c).overdue,
          })),
      )
      .filter((t) => (q.get('overdueOnly') !== 'true' || t.overdue) && (!q.get('q') || `${t.name}${t.subject}${t.businessKey}`.includes(q.get('q'))))
    return page(tasks, q)
  }

  if (path === '/api/notifications/unread-count') return { count: notices.filter((n) => n.userId === user.id && !n.readAt).length }
  if (path === '/api/notifications') {
    const mine = notices.filter((n) => n.userId === user.id && (q.get('unreadOnly') !== 'true' || !n.readAt)).reverse()
    return page(mine, q)
  }
  if ((m = /^\/api\/notifications\/(\d+)\/read$/.exec(path)) && method === 'POST') {
    const n = notices.find((x) => x.id === Number(m[1]) && x.userId === user.id)
    if (n && !n.readAt) n.readAt = new Date().toISOString()
    return null
  }

  if (path === '/api/casework/cases' && method === 'GET') {
    const list = cases
      .filter((c) => visible(c, user))
      .filter((c) => !q.get('status') || c.status === q.get('status'))
      .filter((c) => !q.get('category') || c.category === q.get('category'))
      .filter((c) => !q.get('waterBodyId') || c.waterBodyId === Number(q.get('waterBodyId')))
      .filter((c) => !q.get('regionCode') || c.regionCode === q.get('regionCode'))
      .filter((c) => !q.get('overdue') || String(summary(c).overdue) === q.get('overdue'))
      .filter((c) => !q.get('q') || `${c.caseNo}${c.description}${c.address ?? ''}`.includes(q.get('q')))
      .slice()
      .reverse()
      .map(summary)
    return page(list, q)
  }
  if (path === '/api/casework/cases' && method === 'POST') {
    if (!['INSPECTOR', 'CHIEF', 'OFFICE'].includes(user.role)) throw new Problem(403, '禁止', '无权上报')
    const parts = parseMultipart(await body(req), req.headers['content-type'] ?? '')
    const report = jsonPart(parts, 'report')
    if (report.clientId && clientIds.has(report.clientId)) {
      res.statusCode = 200
      return detail(cases.find((c) => c.id === clientIds.get(report.clientId)), user)
    }
    required(report, ['waterBodyId', 'reachId', 'category', 'description', 'lat', 'lon'])
    if (Math.abs(report.lat) > 90) throw bad([{ field: 'report.lat', message: '纬度超出范围' }])
    const files = photoParts(parts, 1, 9)
    const reach = (reaches[report.waterBodyId] ?? []).find((r) => r.id === report.reachId)
    if (!reach) throw bad([{ field: 'reachId', message: '河段不属于该水体' }])
    const id = cases.length + 1
    const c = {
      id,
      caseNo: `HZ150105${new Date().toISOString().slice(0, 10).replace(/-/g, '')}${String(id).padStart(4, '0')}`,
      status: 'REPORTED',
      category: report.category,
      severity: null,
      waterBodyId: report.waterBodyId,
      waterBodyName: waterbodies.find((w) => w.id === report.waterBodyId)?.name,
      reachName: reach.name,
      regionCode: reach.regionCode,
      unitId: null,
      reportedAt: new Date().toISOString(),
      deadline: null,
      source: user.role === 'OFFICE' ? 'OFFICE' : user.role,
      description: report.description,
      lat: report.lat,
      lon: report.lon,
      address: report.address ?? null,
      requirement: null,
      urgency: null,
      reworkCount: 0,
      reporterId: user.id,
      reporterName: user.displayName,
      closedAt: null,
      timeline: [],
      pendingExtension: null,
      assignedAt: null,
    }
    step(c, user, 'REPORTED', null, null, savePhotos(files, 'REPORT'))
    cases.push(c)
    if (report.clientId) clientIds.set(report.clientId, c.id)
    notify((u) => u.role === 'OFFICE' && u.regionCode === c.regionCode, `新问题待受理：${c.caseNo}`, c.description, `/cases/${c.id}`)
    res.statusCode = 201
    return detail(c, user)
  }

  if (!(m = /^\/api\/casework\/cases\/(\d+)(\/[a-z-/]+)?$/.exec(path))) throw new Problem(404, '未找到', path)
  const c = cases.find((x) => x.id === Number(m[1]))
  if (!c || !visible(c, user)) throw new Problem(404, '未找到', '案件不存在或不在您的管辖范围内')
  const sub = m[2] ?? ''
  if (sub === '' && method === 'GET') return detail(c, user)
  if (sub === '/default-deadline') return { deadline: defaultDeadline(5), workingDays: 5 }

  const need = (action) => {
    if (!actionsFor(c, user).includes(action)) throw conflict(`当前状态：${c.status}`)
  }
  const json = async () => JSON.parse((await body(req)).toString() || '{}')

  if (sub === '/triage') {
    need('TRIAGE')
    const b = await json()
    if (b.decision === 'ACCEPT') {
      required(b, ['category', 'severity'])
      c.category = b.category
      c.severity = b.severity
      c.status = 'ACCEPTED'
      step(c, user, 'ACCEPTED', null, { category: b.category, severity: b.severity })
    } else if (b.decision === 'REJECT') {
      required(b, ['rejectKind', 'reason'])
      if (b.rejectKind === 'DUPLICATE') required(b, ['duplicateOfCaseNo'])
      c.status = 'REJECTED'
      c.closedAt = new Date().toISOString()
      step(c, user, 'REJECTED', b.reason, { rejectKind: b.rejectKind, duplicateOfCaseNo: b.duplicateOfCaseNo ?? null })
    } else if (b.decision === 'TRANSFER') {
      required(b, ['targetRegionCode', 'reason'])
      step(c, user, 'TRANSFERRED', b.reason, { targetRegionName: regionName(b.targetRegionCode) })
      c.regionCode = b.targetRegionCode
    } else if (b.decision === 'ESCALATE') {
      required(b, ['reason'])
      step(c, user, 'ESCALATED', b.reason, { toLevel: '呼和浩特市' })
    } else throw bad([{ field: 'decision', message: '未知的决定' }])
    return detail(c, user)
  }
  if (sub === '/assign') {
    need('ASSIGN')
    const b = await json()
    required(b, ['unitId', 'requirement', 'urgency'])
    if (b.deadline && Date.parse(b.deadline) <= Date.now()) throw bad([{ field: 'deadline', message: '期限须晚于当前时间' }])
    c.unitId = b.unitId
    c.requirement = b.requirement
    c.urgency = b.urgency
    c.deadline = b.deadline ?? defaultDeadline(5)
    c.status = 'RECTIFYING'
    c.assignedAt = new Date().toISOString()
    step(c, user, 'ASSIGNED', b.requirement, { unitName: units.find((x) => x.id === b.unitId)?.name, deadline: c.deadline, urgency: b.urgency })
    notify((u) => u.role === 'UNIT' && u.orgId === b.unitId, `交办：${c.caseNo}`, b.requirement, `/cases/${c.id}`)
    return detail(c, user)
  }
  if (sub === '/handback') {
    need('HANDBACK')
    const b = await json()
    required(b, ['reason'])
    c.status = 'ACCEPTED'
    c.unitId = null
    c.deadline = null
    step(c, user, 'HANDED_BACK', b.reason)
    return detail(c, user)
  }
  if (sub === '/progress') {
    need('PROGRESS')
    const parts = parseMultipart(await body(req), req.headers['content-type'] ?? '')
    const p = jsonPart(parts, 'progress')
    required(p, ['note'])
    step(c, user, 'PROGRESS', p.note, null, savePhotos(photoParts(parts, 0, 9), 'PROGRESS'))
    return detail(c, user)
  }
  if (sub === '/extension') {
    need('REQUEST_EXTENSION')
    const b = await json()
    required(b, ['requestedDeadline', 'reason'])
    c.pendingExtension = { requestedDeadline: b.requestedDeadline, reason: b.reason, requestedAt: new Date().toISOString() }
    step(c, user, 'EXTENSION_REQUESTED', b.reason, { requestedDeadline: b.requestedDeadline })
    return detail(c, user)
  }
  if (sub === '/extension/decision') {
    need('DECIDE_EXTENSION')
    const b = await json()
    if (typeof b.approved !== 'boolean') throw bad([{ field: 'approved', message: '请选择' }])
    if (b.approved) {
      step(c, user, 'EXTENSION_APPROVED', b.opinion, { previousDeadline: c.deadline, deadline: c.pendingExtension.requestedDeadline })
      c.deadline = c.pendingExtension.requestedDeadline
    } else step(c, user, 'EXTENSION_REFUSED', b.opinion)
    c.pendingExtension = null
    return detail(c, user)
  }
  if (sub === '/rectification') {
    need('SUBMIT_RECTIFICATION')
    const parts = parseMultipart(await body(req), req.headers['content-type'] ?? '')
    const r = jsonPart(parts, 'rectification')
    required(r, ['description'])
    step(c, user, 'RECTIFICATION_SUBMITTED', r.description, null, savePhotos(photoParts(parts, 1, 9), 'AFTER'))
    c.status = 'SUBMITTED'
    return detail(c, user)
  }
  if (sub === '/acceptance') {
    need('ACCEPT_RECTIFICATION')
    const parts = parseMultipart(await body(req), req.headers['content-type'] ?? '')
    const a = jsonPart(parts, 'acceptance')
    if (typeof a.passed !== 'boolean') throw bad([{ field: 'passed', message: '请选择验收结果' }])
    if (!a.passed && !String(a.opinion ?? '').trim()) throw bad([{ field: 'opinion', message: '验收不通过须填写意见' }])
    const photos = savePhotos(photoParts(parts, 0, 9), 'ACCEPTANCE')
    if (a.passed) {
      step(c, user, 'ACCEPTANCE_PASSED', a.opinion, null, photos)
      if (c.severity === 'SERIOUS') c.status = 'AWAITING_CLOSURE_APPROVAL'
      else {
        c.status = 'CLOSED'
        c.closedAt = new Date().toISOString()
        step(c, null, 'CLOSED')
      }
    } else {
      c.reworkCount++
      c.status = 'RECTIFYING'
      step(c, user, 'ACCEPTANCE_FAILED', a.opinion, { reworkCount: c.reworkCount }, photos)
    }
    return detail(c, user)
  }
  if (sub === '/closure-approval') {
    need('APPROVE_CLOSURE')
    const b = await json()
    if (b.approved) {
      step(c, user, 'CLOSURE_APPROVED', b.opinion)
      c.status = 'CLOSED'
      c.closedAt = new Date().toISOString()
      step(c, null, 'CLOSED')
    } else {
      step(c, user, 'CLOSURE_REFUSED', b.opinion)
      c.status = 'RECTIFYING'
      c.reworkCount++
    }
    return detail(c, user)
  }
  throw new Problem(404, '未找到', path)
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' }

async function serveStatic(res, pathname) {
  const file = normalize(join(STATIC, decodeURIComponent(pathname)))
  const target = file.startsWith(STATIC) && (await stat(file).catch(() => null))?.isFile() ? file : join(STATIC, 'index.html')
  try {
    const data = await readFile(target)
    res.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' })
    res.end(data)
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' })
    res.end('Build the front end first: npm run build')
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost')
  const jar = cookies(req)
  if (!jar['XSRF-TOKEN']) res.setHeader('Set-Cookie', `XSRF-TOKEN=${randomUUID()}; Path=/; SameSite=Lax`)
  if (!url.pathname.startsWith('/api/')) return serveStatic(res, url.pathname)
  try {
    if (req.method !== 'GET' && (!jar['XSRF-TOKEN'] || req.headers['x-xsrf-token'] !== jar['XSRF-TOKEN'])) {
      throw new Problem(403, 'Forbidden', 'CSRF token missing or wrong')
    }
    const user = users.find((u) => u.id === sessions.get(jar.SESSION))
    const result = await api(req, res, url, user)
    if (result === undefined) return // answered already
    if (result === null) {
      res.statusCode = 204
      return res.end()
    }
    res.writeHead(res.statusCode || 200, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(result))
  } catch (e) {
    const p = e instanceof Problem ? e : new Problem(500, 'Internal error', String(e?.message ?? e))
    if (!(e instanceof Problem)) console.error(e)
    res.writeHead(p.status, { 'Content-Type': 'application/problem+json; charset=utf-8' })
    res.end(JSON.stringify({ type: 'about:blank', title: p.title, status: p.status, detail: p.detail, errors: p.errors }))
  }
}).listen(PORT, () => console.log(`Hezhang mock backend on http://localhost:${PORT}`))
