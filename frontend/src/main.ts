import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/dist/index.css'
import 'leaflet/dist/leaflet.css'
import './styles/main.css'
import App from './App.vue'
import { router } from './router'
import { i18n, currentLocale } from './locales'

document.documentElement.lang = currentLocale()

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(router)
app.mount('#app')
