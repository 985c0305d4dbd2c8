/** Loads the markdown renderer's code; the browser keeps the module, so later calls are instant. */
export function loadMarkdownContent() {
  return import('./MarkdownContent');
}

/** Fetches the markdown renderer once the window is idle, so opening a path never waits for it. */
export function preloadMarkdownContentWhenIdle(): void {
  const load = () => void loadMarkdownContent();
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}
