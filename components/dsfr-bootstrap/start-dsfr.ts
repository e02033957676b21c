type DsfrGlobal = { verbose: boolean; mode: "react"; start?: () => void };
declare global {
  interface Window {
    dsfr?: DsfrGlobal;
  }
}

let loading: Promise<unknown> | undefined;

/**
 * Lets the browser paint and handle input between two pieces of the DSFR's start: evaluating the
 * core, the components and `start()` in one go was one long task of 30–50 ms on the main thread
 * (120–200 ms on Lighthouse's slowed-down phone), right after hydration (docs/adr/0012-page-weight.md).
 */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts downloading the DSFR script (the core, `dsfr-core.ts`, then the components the portal
 * uses, `dsfr-modules.ts`, each evaluated in a task of its own) on the page's first render in the
 * browser, as react-dsfr's own `start` does with the whole DSFR. "react" mode: the DSFR waits for
 * `start()` instead of starting on DOMContentLoaded.
 */
export function loadDsfr(): Promise<unknown> {
  if (!loading) {
    window.dsfr = { verbose: false, mode: "react" };
    // The components are requested once the core has run: each reads `window.dsfr` when evaluated.
    const components = () => import("./dsfr-modules");
    loading = import("./dsfr-core").then(yieldToBrowser).then(components);
  }
  return loading;
}

/**
 * Starts the DSFR (menus, dialogs, the theme switch, the breadcrumb's button) once the page is
 * hydrated and its script loaded; from then on the DSFR watches the page's changes itself.
 * Starting it later, when the browser is idle, was measured worse (docs/adr/0012-page-weight.md).
 */
export function startDsfrAfterHydration(): void {
  void loadDsfr()
    .then(yieldToBrowser)
    .then(() => window.dsfr?.start?.());
}
