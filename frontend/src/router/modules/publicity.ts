import type { RouteRecordRaw } from 'vue-router'

/**
 * The public portal (no login, phone-friendly): each page wraps itself in `PublicLayout`. `publicNav` makes a
 * page an entry of the portal's navigation; the water-body page is the target of the signboards' QR codes.
 */
const routes: RouteRecordRaw[] = [
  {
    path: '/public',
    name: 'public-home',
    component: () => import('@/views/publicity/home/index.vue'),
    meta: { public: true, blank: true, titleKey: 'publicity.home.title', publicNav: 'publicity.nav.home', publicOrder: 10 },
  },
  {
    path: '/public/report',
    name: 'public-report',
    component: () => import('@/views/publicity/report/index.vue'),
    meta: { public: true, blank: true, titleKey: 'publicity.report.title', publicNav: 'publicity.nav.report', publicOrder: 20 },
  },
  {
    path: '/public/track',
    name: 'public-track',
    component: () => import('@/views/publicity/case/lookup.vue'),
    meta: { public: true, blank: true, titleKey: 'publicity.track.title', publicNav: 'publicity.nav.track', publicOrder: 30 },
  },
  {
    path: '/public/waterbodies/:code',
    name: 'public-waterbody',
    component: () => import('@/views/publicity/waterbody/index.vue'),
    props: true,
    meta: { public: true, blank: true, titleKey: 'publicity.waterbody.title' },
  },
  {
    path: '/public/cases/:caseNo',
    name: 'public-case',
    component: () => import('@/views/publicity/case/index.vue'),
    props: true,
    meta: { public: true, blank: true, titleKey: 'publicity.case.title' },
  },
]

export default routes
