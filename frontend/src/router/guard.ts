import type { Router } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { i18n } from '@/locales'
import { onUnauthorized } from '@/api/request'
import { safeRedirect } from './menu'

export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    if (!auth.loaded) await auth.fetchMe()

    if (to.meta.public) {
      if (to.name === 'login' && auth.isLoggedIn) return safeRedirect(to.query.redirect)
      return true
    }
    if (!auth.isLoggedIn) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    if (!auth.hasRole(to.meta.roles)) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })

  router.afterEach((to) => {
    const t = i18n.global.t
    const app = t('common.appName')
    document.title = to.meta.titleKey ? `${t(to.meta.titleKey)} · ${app}` : app
  })

  // A 401 from any API call (session expired) sends the user to the login page and back afterwards.
  onUnauthorized(() => {
    const auth = useAuthStore()
    auth.clear()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      void router.push({ name: 'login', query: { redirect: current.fullPath } })
    }
  })
}
