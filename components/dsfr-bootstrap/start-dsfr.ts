type DsfrGlobal = { verbose: boolean; mode: "react"; start?: () => void };
declare global {
  interface Window {
    dsfr?: DsfrGlobal;
  }
}

/** Runs `task` in its own task once the main thread is idle (at the latest after `timeout` ms). */
function whenIdle(task: () => void, timeout: number): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(task, { timeout });
  else window.setTimeout(task, 1);
}

let started = false;

/**
 * Loads and starts the DSFR script (menus, dialogs, the theme switch, the breadcrumb's button)
 * after hydration, when the browser is idle, in two tasks (evaluation, then `dsfr.start()` scanning
 * the page): neither adds to the long task of hydration, nor delays the first paint (issue #16,
 * docs/adr/0012-page-weight.md). "react" mode: the DSFR waits for `start()` instead of starting
 * on DOMContentLoaded, and watches the page's later changes itself. Until it runs, the server-rendered
 * links and forms already work.
 */
export function startDsfrWhenIdle(): void {
  if (started) return;
  started = true;
  window.dsfr = { verbose: false, mode: "react" };
  whenIdle(() => {
    void import("./dsfr-modules").then(() => whenIdle(() => window.dsfr?.start?.(), 500));
  }, 1_000);
}
