import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { listCategories, type Category } from '@/api/casework/reference'

// one load per page life: the managed list changes rarely
const categories = ref<Category[]>([])
let pending: Promise<void> | null = null
let loaded = false

function load(): Promise<void> {
  if (loaded) return Promise.resolve()
  pending ??= listCategories()
    .then((list) => {
      categories.value = list
      loaded = true
    })
    .catch(() => undefined)
    .finally(() => (pending = null))
  return pending
}

/** The managed list of problem categories, with labels in the current language. */
export function useCategories() {
  const { t, te, locale } = useI18n()
  void load()

  function categoryLabel(code: string | null | undefined): string {
    if (!code) return ''
    const c = categories.value.find((x) => x.code === code)
    if (c) return locale.value === 'en-US' ? c.nameEn || c.nameZh : c.nameZh || c.nameEn
    const key = `casework.category.${code}`
    return te(key) ? t(key) : code
  }

  const options = computed(() => categories.value.map((c) => ({ value: c.code, label: categoryLabel(c.code) })))

  return { categories, options, categoryLabel, reload: () => ((loaded = false), load()) }
}
