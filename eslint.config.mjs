import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Flat config does not merge a rule's options across blocks: for a file matched by
// several blocks, the last one wins. Each boundary below therefore runs its own copy
// of typescript-eslint's no-restricted-imports under its own plugin name, so the
// blocks add up instead of replacing one another (and merge cleanly with others).
const restrictedImports = nextTs.find((block) => block.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"].rules["no-restricted-imports"];
const boundary = (name) => ({ [name]: { rules: { "no-restricted-imports": restrictedImports } } });

// Modules that read the database (directly or through the session), for the
// components boundary. Type imports stay allowed: they are erased at build time.
// (Patterns use gitignore syntax, which has no {a,b}: one entry per module.)
const DATABASE_MODULES = [
  "db",
  "database",
  "database/*",
  "auth",
  "ingest",
  "ingest/*",
  "testing/*",
  "mandates/index",
  "mandates/service",
  "audit/index",
  "audit/service",
  "profile/index",
  "profile/service",
  "account",
  "account/*",
  ...["index", "account-header", "dashboard", "notification-email", "notifications", "store", "titles", "viewer", "webhooks"].map((name) => `requests/${name}`),
  "map/map-endpoint",
  "map/places",
  "offers/statistics",
  ...["index", "catalogue-snapshot", "load-search-page", "offer-details", "resolve-search", "versioned-cache", "communes/*", "geocoder/*"].map((name) => `search/${name}`),
].map((module) => `**/lib/${module}`);

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "data/**", "public/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // One link component: components/Link (next/link without prefetching, components/README.md).
    name: "boundaries/next-link",
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/Link.tsx"],
    plugins: boundary("boundaries-next-link"),
    rules: {
      "boundaries-next-link/no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use `Link` from `@/components/Link`: the portal's links do not prefetch the pages they point to." }] },
      ],
    },
  },
  {
    // lib/search is used through its two entries only (lib/search/README.md): `@/lib/search` on the
    // server, `@/lib/search/client` in client components.
    name: "boundaries/lib-search",
    files: ["**/*.{js,jsx,mjs,ts,tsx}"],
    ignores: ["lib/search/**"],
    plugins: boundary("boundaries-search"),
    rules: {
      "boundaries-search/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/lib/search/*", "!**/lib/search/client"],
              message: "Import lib/search through its entries: `@/lib/search` (server code) or `@/lib/search/client` (client components).",
            },
          ],
        },
      ],
    },
  },
  {
    name: "boundaries/lib-mandates",
    files: ["**/*.{js,jsx,mjs,ts,tsx}"],
    ignores: ["lib/mandates/**"],
    plugins: boundary("boundaries-mandates"),
    rules: {
      "boundaries-mandates/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/lib/mandates/*", "!**/lib/mandates/client"],
              message: "Import lib/mandates through its entries: @/lib/mandates (server) or @/lib/mandates/client (client-safe).",
            },
          ],
        },
      ],
    },
  },
  {
    name: "boundaries/lib-requests",
    files: ["**/*.{js,jsx,mjs,ts,tsx}"],
    ignores: ["lib/requests/**"],
    plugins: boundary("boundaries-requests"),
    rules: {
      "boundaries-requests/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/lib/requests/*", "!**/lib/requests/client", "!**/lib/requests/model"],
              message: "Import lib/requests through its entries: @/lib/requests (server), @/lib/requests/model (pure model, for lib/partners) or @/lib/requests/client (client components).",
            },
          ],
        },
      ],
    },
  },
  {
    // STYLE.md: components have no data access. Pages and layouts read, components get props.
    name: "boundaries/components-no-data-access",
    files: ["components/**/*.{js,jsx,mjs,ts,tsx}"],
    plugins: boundary("boundaries-components"),
    rules: {
      "boundaries-components/no-restricted-imports": [
        "error",
        {
          paths: ["@prisma/client", "@/lib/mandates", "@/lib/requests", "@/lib/requests/model", "@/lib/search"].map((name) => ({
            name,
            allowTypeImports: true,
            message: "Components have no data access (STYLE.md): read in the page or layout, pass plain data as props; use the domain's /client entry (small and client-safe).",
          })),
          patterns: [
            {
              group: DATABASE_MODULES,
              allowTypeImports: true,
              message: "Components have no data access (STYLE.md): this module reads the database; read in the page or layout and pass plain data as props.",
            },
          ],
        },
      ],
    },
  },
  {
    name: "boundaries/no-cycle",
    files: ["**/*.{js,jsx,mjs,ts,tsx}"],
    // Dependencies are never part of a cycle of ours; parsing them only costs time
    // (and pglite's bundle overflows the parser's stack).
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
];

export default config;
