"use client";

import { setUseLang } from "@codegouvfr/react-dsfr/i18n";
import { startClientSideIsDarkLogic } from "@codegouvfr/react-dsfr/useIsDark/client";
import { SsrIsDarkProvider } from "@codegouvfr/react-dsfr/useIsDark/server";
import { useEffect, useMemo, type ReactNode } from "react";

// First client module of every page: zod must not probe for eval under the CSP.
import "@/lib/security/zod-jitless";

import { defaultColorScheme } from "./default-color-scheme";
import { loadDsfr, startDsfrAfterHydration } from "./start-dsfr";

const isBrowser = typeof window !== "undefined";

/** Colour-scheme actions react-dsfr asks to run once the page is hydrated (as its own provider does). */
let hydrated = false;
const afterHydration: Array<() => void> = [];

export type DsfrProviderProps = { lang: string; children: ReactNode };

/**
 * react-dsfr's `DsfrProviderBase` without its `start`: that one imports the whole DSFR script
 * (every component, one long task on the main thread) as soon as the page renders. Here the
 * colour-scheme logic starts the same way, and only the DSFR script of the components the portal
 * uses (`dsfr-modules.ts`) is loaded, then started once the page is hydrated (`start-dsfr.ts`).
 * The portal's `Link` is registered by the client components that render react-dsfr links
 * (`register-link.ts`), not here.
 */
export function DsfrProvider({ lang, children }: DsfrProviderProps) {
  useMemo(() => {
    if (!isBrowser) return;
    startClientSideIsDarkLogic({
      colorSchemeExplicitlyProvidedAsParameter: defaultColorScheme,
      doPersistDarkModePreferenceWithCookie: false,
      // The colour-scheme <style> is only added with DsfrHead's nonce, never as one the CSP refuses.
      doCheckNonce: true,
      trustedTypesPolicyName: "react-dsfr",
      registerEffectAction: (action) => (hydrated ? action() : afterHydration.push(action)),
    });
    void loadDsfr();
  }, []);
  useMemo(() => setUseLang({ useLang: () => lang }), [lang]);
  if (isBrowser) return <>{children}</>;
  // As react-dsfr's provider: the server does not know the person's scheme.
  return <SsrIsDarkProvider value={false}>{children}</SsrIsDarkProvider>;
}

/** Rendered once in the root layout: runs what waited for hydration and starts the DSFR script. */
export function StartDsfrOnHydration() {
  useEffect(() => {
    if (hydrated) return;
    hydrated = true;
    afterHydration.splice(0).forEach((action) => action());
    startDsfrAfterHydration();
  }, []);
  return null;
}
