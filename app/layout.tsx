import type { Metadata } from "next";
import type { ReactNode } from "react";

import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr-bootstrap";
import { NoScriptStyles } from "@/components/dsfr-bootstrap/NoScriptStyles";
import { RestoreColorScheme } from "@/components/dsfr-bootstrap/RestoreColorScheme";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr-bootstrap/server-only-index";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { SkipLinks } from "@/components/SkipLinks";
import { env } from "@/lib/env";
import { loadAccountHeader } from "@/lib/requests";
import { getNonce } from "@/lib/security/nonce";
import { rootMetadata } from "@/lib/seo";

import "./globals.css";

export function generateMetadata(): Metadata {
  return rootMetadata(env().PORTAL_URL);
}

export type RootLayoutProps = { children: ReactNode };

export default async function RootLayout({ children }: RootLayoutProps) {
  const lang = "fr";
  // Components have no data access: the header gets the signed-in person as props.
  const account = await loadAccountHeader();
  // Per-request CSP nonce from proxy.ts, for the inline scripts and styles written here (docs/adr/0009-security-headers.md).
  const nonce = await getNonce();
  return (
    // The head script sets the real theme before the first paint; "light" is only a
    // placeholder for a layout rendered in the browser (see RestoreColorScheme).
    <html data-fr-theme="light" {...getHtmlAttributes({ lang })}>
      <head>
        {/* Three weights, measured (npm run bench -- pages): preloading the LCP's Bold alone delayed the first paint by 0.3–0.5 s. */}
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} nonce={nonce} />
        <NoScriptStyles nonce={nonce} />
      </head>
      <body>
        <DsfrProvider lang={lang}>
          <StartDsfrOnHydration />
          <RestoreColorScheme />
          <SkipLinks />
          <SiteHeader account={account} />
          <main id="main" tabIndex={-1} className="portal-main">
            {children}
          </main>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
