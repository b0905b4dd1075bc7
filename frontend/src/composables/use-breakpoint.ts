import { onBeforeUnmount, ref, type Ref } from 'vue'

export const MOBILE_QUERY = '(max-width: 768px)'

/** True while the viewport is phone-sized; follows rotation and resizing. */
export function useIsMobile(): Ref<boolean> {
  const mq = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(MOBILE_QUERY) : null
  const mobile = ref(mq?.matches ?? false)
  const onChange = (e: MediaQueryListEvent) => {
    mobile.value = e.matches
  }
  mq?.addEventListener('change', onChange)
  onBeforeUnmount(() => mq?.removeEventListener('change', onChange))
  return mobile
}
