import { createI18n, type LocaleMessageDictionary, type VueMessageType } from 'vue-i18n'

/**
 * Messages live in one JSON file per module and language: `zh-CN/casework.json` is merged under the key
 * `casework`, so a module adds its texts by adding two files (`t('casework.report.title')`).
 */
export const SUPPORTED_LOCALES = ['zh-CN', 'en-US'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'hezhang.locale'

type Messages = LocaleMessageDictionary<VueMessageType>

const files: Record<string, Messages> = import.meta.glob<Messages>('./*/*.json', { eager: true, import: 'default' })

export function collectMessages(globbed: Record<string, Messages>): Record<string, Record<string, Messages>> {
  const out: Record<string, Record<string, Messages>> = {}
  for (const [path, content] of Object.entries(globbed)) {
    const m = /\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!m) continue
    const [, locale, module] = m as unknown as [string, string, string]
    ;(out[locale] ??= {})[module] = content
  }
  return out
}

export const messages = collectMessages(files)

export function isSupportedLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** The saved choice, else zh-CN (the product's first language, whatever the browser says). */
export function initialLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)
    if (isSupportedLocale(saved)) return saved
  } catch {
    // storage blocked: ignore
  }
  return DEFAULT_LOCALE
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})

export function currentLocale(): AppLocale {
  const l = i18n.global.locale.value
  return isSupportedLocale(l) ? l : DEFAULT_LOCALE
}

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}
