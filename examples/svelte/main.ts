import { mount } from 'svelte';
// Registers <juspay-session-checkout>; the type-only import types it in Svelte markup.
import 'juspay-session-checkout';
import type {} from 'juspay-session-checkout/svelte';
import App from './App.svelte';

// The page's ?lang= picks the form's language, e.g. ?lang=hi.
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';
mount(App, { target: document.getElementById('app')!, props: { lang } });
