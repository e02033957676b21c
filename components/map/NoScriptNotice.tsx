"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/** False on the server and while React hydrates the server's HTML, true once the page runs in the browser. */
export function usePageRunning(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** Shown by the server's HTML only: hidden by CSS as soon as scripts run (map-loader.css), gone once the page runs. */
export function NoScriptNotice() {
  return (
    <div className="portail-carte__sans-js fr-alert fr-alert--info fr-alert--sm fr-mb-4w">
      <p>La carte a besoin de JavaScript pour s&apos;afficher. La liste des résultats ci-dessous contient les mêmes informations.</p>
    </div>
  );
}
