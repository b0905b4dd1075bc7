import type { Router } from 'vue-router'

/**
 * Follows a link that came from the server (a task's or a notice's): app paths through the router,
 * http(s) addresses in a new tab, anything else (javascript:, data:) not at all.
 */
export function followLink(link: string | null | undefined, router: Pick<Router, 'push'>): boolean {
  if (!link) return false
  if (link.startsWith('/') && !link.startsWith('//')) {
    void router.push(link)
    return true
  }
  if (/^https?:\/\//i.test(link)) {
    window.open(link, '_blank', 'noopener')
    return true
  }
  return false
}
