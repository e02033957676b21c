import { z } from "zod";

// zod 4 compiles object parsers with `new Function` and probes for it first:
// under the portal's CSP (no 'unsafe-eval') even the caught probe is reported
// as a violation. In the browser, parse without compiling; the server keeps the faster path.
if (typeof window !== "undefined") z.config({ jitless: true });
