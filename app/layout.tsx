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

import marianneBold from "./fonts/marianne/Marianne-Bold.latin.woff2";
import marianneMedium from "./fonts/marianne/Marianne-Medium.latin.woff2";
import marianneRegular from "./fonts/marianne/Marianne-Regular.latin.woff2";

import "./globals.css";
// After the DSFR's stylesheet: these Latin faces of Marianne are taken first (scripts/build/subset-fonts.ts).
import "./fonts/marianne/marianne.css";

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
        <DsfrHead nonce={nonce} />
        {/* Three weights, measured (npm run bench -- pages): preloading the LCP's Bold alone delayed the first paint by 0.3–0.5 s. */}
        {[marianneRegular, marianneMedium, marianneBold].map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
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
