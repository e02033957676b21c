import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    // lib/search is used through its two entries only (lib/search/README.md): `@/lib/search` on the
    // server, `@/lib/search/client` in client components. The typescript-eslint variant of
    // no-restricted-imports is used so that this block and a core no-restricted-imports block for
    // other modules both apply (two blocks setting the same rule would override each other).
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/search/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/search/*", "!@/lib/search/client"],
              message: "Import lib/search through its entries: `@/lib/search` (server code) or `@/lib/search/client` (client components).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
