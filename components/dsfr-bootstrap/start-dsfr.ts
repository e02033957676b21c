type DsfrGlobal = { verbose: boolean; mode: "react"; start?: () => void };
declare global {
  interface Window {
    dsfr?: DsfrGlobal;
  }
}

let loading: Promise<unknown> | undefined;

/**
 * Starts downloading the DSFR script (`dsfr-modules.ts`: the core and the components the portal
 * uses) on the page's first render in the browser, as react-dsfr's own `start` does with the whole
 * DSFR. "react" mode: the DSFR waits for `start()` instead of starting on DOMContentLoaded.
 */
export function loadDsfr(): Promise<unknown> {
  if (!loading) {
    window.dsfr = { verbose: false, mode: "react" };
    loading = import("./dsfr-modules");
  }
  return loading;
}

/**
 * Starts the DSFR (menus, dialogs, the theme switch, the breadcrumb's button) once the page is
 * hydrated and its script loaded; from then on the DSFR watches the page's changes itself.
 * Starting it later, when the browser is idle, was measured worse (docs/adr/0012-page-weight.md).
 */
export function startDsfrAfterHydration(): void {
  void loadDsfr().then(() => window.dsfr?.start?.());
}
