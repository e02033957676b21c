// Every powerful feature the portal does not use is denied; geolocation stays for "Autour de moi" (components/search/PlaceField).
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=(self)",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm test` type-checks the whole tree with tsc while it builds (scripts/test.mjs); other builds check here.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  poweredByHeader: false,
  // Native and WebAssembly database drivers stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/client", "@prisma/adapter-pg", "pg", "pg-boss"],
  // react-dsfr's DsfrHead imports the whole DSFR (dsfr.min.css, 600 kB, render-blocking on every page):
  // app/dsfr.scss imports only the core and the components the portal uses (issue #16).
  turbopack: { resolveAlias: { "@codegouvfr/react-dsfr/assets/dsfr_plus_icons.scss": "./app/dsfr.scss" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // The request-independent security headers, on static files too; proxy.ts adds the
          // Content-Security-Policy (per-request nonce) and HSTS (https only). docs/adr/0009-security-headers.md
          { key: "X-Content-Type-Options", value: "nosniff" },
          // The partners' hand-over pages only need the portal's origin, never its paths (they may hold search criteria).
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // Older browsers that ignore CSP frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
      {
        // MapLibre's worker: its URL carries MapLibre's version (lib/map/worker.ts), so a release never reuses it.
        source: "/maplibre/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
