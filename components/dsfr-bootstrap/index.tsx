"use client";

import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import type { ReactNode } from "react";

// First client module of every page: zod must not probe for eval under the CSP.
import "@/lib/security/zod-jitless";

import { Link } from "../Link";

import { defaultColorScheme } from "./default-color-scheme";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export type DsfrProviderProps = { lang: string; children: ReactNode };

export function DsfrProvider({ lang, children }: DsfrProviderProps) {
  return (
    // doCheckNonce: the colour-scheme <style> is only added with DsfrHead's nonce, never as one the CSP refuses.
    <DsfrProviderBase lang={lang} Link={Link} defaultColorScheme={defaultColorScheme} doCheckNonce>
      {children}
    </DsfrProviderBase>
  );
}

export { StartDsfrOnHydration };
