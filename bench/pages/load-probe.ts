/**
 * Installed by Playwright's `addInitScript` (bundled by the bench server) before any page script
 * of a cold load: it notes when the form became interactive (every control, `?controls=N` of
 * them, and the Pay button rendered and laid out), when the element was defined, and every long
 * task. A static form page sets `interactiveAt` itself, from a script after its form.
 */
interface LoadProbe {
  /** `performance.now()` (ms since navigation) when every control and the Pay button were rendered. */
  interactiveAt?: number;
  definedAt?: number;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    loadProbe: LoadProbe;
  }
}

{
  const expectedControls = Number(new URLSearchParams(location.search).get('controls') ?? 0);
  const probe: LoadProbe = { longTasks: [] };
  window.loadProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  void customElements.whenDefined('juspay-session-checkout').then(() => (probe.definedAt = performance.now()));
  const rendered = () => {
    const root = document.querySelector('juspay-session-checkout')?.shadowRoot;
    const controls = root?.querySelectorAll('input[name], select[name], textarea[name]').length ?? 0;
    const pay = root?.querySelector('button[type="submit"]');
    if (!pay || controls < expectedControls) return false;
    pay.getBoundingClientRect();
    probe.interactiveAt = performance.now();
    return true;
  };
  // juspay-ready comes with the first render; if that render lacked anything, look again each frame.
  const poll = () => {
    if (!rendered()) requestAnimationFrame(poll);
  };
  document.addEventListener('juspay-ready', () => probe.interactiveAt ?? poll(), { capture: true, once: true });
}

export {};
