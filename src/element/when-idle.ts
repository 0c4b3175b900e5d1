/**
 * Runs `task` after the next frame, once the browser has nothing more urgent (where
 * requestIdleCallback is missing, soon after), if the element is still on the page. The wait
 * holds the element weakly: one removed meanwhile is not kept alive for it.
 */
export function whenIdle<T extends HTMLElement>(element: T, task: (element: T) => void): void {
  const ref = new WeakRef(element);
  const run = () => {
    const target = ref.deref();
    if (target?.isConnected) task(target);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(run);
  else setTimeout(run);
}
