import { createApp } from 'vue';
// Registers <juspay-session-checkout>; the type-only import types it in templates.
import 'juspay-session-checkout';
import type {} from 'juspay-session-checkout/vue';
import App from './App.vue';

createApp(App).mount('#app');
