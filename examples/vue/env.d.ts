// Lets tsc accept `import App from './App.vue'`; the template itself is checked by vue-tsc.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
