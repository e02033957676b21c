import { setLink } from "@codegouvfr/react-dsfr/link";

import { Link } from "../Link";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

/**
 * Makes react-dsfr's components that render links (Button, Pagination…) render the portal's `Link`
 * when a client component renders them. Imported for its effect by those client components only,
 * not by the provider every page loads: react-dsfr's `link` module brings react-dsfr's `fr` object
 * (every colour token, about 14 kB gzip) with it (docs/adr/0012-page-weight.md). Server components
 * get the same `Link` through `DsfrHead`.
 */
setLink({ Link });
