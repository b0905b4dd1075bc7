import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountPage } from './mount'
import Login from '@/views/_core/login/index.vue'

function problem(status: number, detail: string) {
  return new Response(JSON.stringify({ title: 'x', status, detail }), { status, headers: { 'Content-Type': 'application/problem+json' } })
}

async function fill(testid: string, value: string) {
  const input = document.querySelector(`[data-testid="${testid}"]`) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('login page', () => {
  let loginResponse: () => Response
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/api/auth/login' ? loginResponse() : new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }))))
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it.each([
    [401, '用户名或密码错误，还可尝试 4 次'],
    [429, '登录失败次数过多，请 15 分钟后再试'],
  ])('shows the %i problem detail from the server', async (status, detail) => {
    loginResponse = () => problem(status, detail)
    const { wrapper } = await mountPage(Login, { path: '/login' })
    await fill('login-username', 'office.saihan')
    await fill('login-password', 'wrong')
    ;(document.querySelector('[data-testid="login-submit"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="login-error"]')?.textContent).toContain(detail))
    wrapper.unmount()
  })

  it('goes to the redirect target after signing in', async () => {
    loginResponse = () =>
      new Response(JSON.stringify({ id: 1, username: 'u', displayName: 'U', role: 'OFFICE', level: 'COUNTY', regionCode: '150105', regionName: '赛罕区', orgId: null, orgName: null }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    const { wrapper, router } = await mountPage(Login, { path: '/login?redirect=/cases/7' })
    await fill('login-username', 'u')
    await fill('login-password', 'p')
    ;(document.querySelector('[data-testid="login-submit"]') as HTMLElement).click()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases/7'))
    wrapper.unmount()
  })
})
