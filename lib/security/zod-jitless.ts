// zod 4 compiles object parsers with `new Function` and probes for it first:
// under the portal's CSP (no 'unsafe-eval') even the caught probe is reported
// as a violation. In the browser, parse without compiling; the server keeps the faster path.
//
// zod keeps its global configuration on `globalThis.__zod_globalConfig`
// (zod/v4/core/core.js adopts an existing object), so this first client module
// sets `jitless` there without importing zod: pages whose browser code never
// parses anything do not download zod (about 30 kB gzipped) for nothing.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

if (typeof window !== "undefined") {
  globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
}

export {};
