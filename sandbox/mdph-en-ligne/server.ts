import { pathToFileURL } from "node:url";

import { readSandboxConfig } from "../identity-provider/config";
import type { RunningServer } from "../partner-kit/http";
import { startPartnerApp } from "../partner-kit/partner-app";
import { findMdphRequest, mdphRequestsFor } from "./data";
import { LIST_PATH, renderRequestDetail, renderRequestList } from "./pages";

// MDPH en ligne stand-in: requests for AAH, PCH, CMI and RQTH and their step,
// behind its own OIDC sign-in at the identity provider.

export const MDPH_EN_LIGNE_COOKIE_PREFIX = "mdphel";

export interface MdphEnLigneOptions {
  /** 0 picks a free port. Default: MDPH_EN_LIGNE_PORT or the port of MDPH_EN_LIGNE_URL (4030). */
  port?: number;
  host?: string;
  /** Default: MDPH_EN_LIGNE_URL when the port is not overridden, else http://localhost:<bound port>. */
  publicUrl?: string;
  /** Default: FRANCECONNECT_ISSUER or the sandbox identity provider. */
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  signingAlg?: "RS256" | "ES256";
  log?: (message: string, detail?: unknown) => void;
}

export function startMdphEnLigne(options: MdphEnLigneOptions = {}): Promise<RunningServer> {
  const config = readSandboxConfig();
  const own = config.mdphEnLigne;
  return startPartnerApp({
    service: { name: "MDPH en ligne", tagline: "Vos demandes auprès de la maison départementale des personnes handicapées", homeHref: LIST_PATH },
    cookiePrefix: MDPH_EN_LIGNE_COOKIE_PREFIX,
    homePath: LIST_PATH,
    routes: [
      {
        pattern: /^\/demandes\/?$/,
        render: (_match, person) => {
          const { own: mine, asAidant } = mdphRequestsFor(person.sub);
          return renderRequestList(mine, asAidant, person);
        },
      },
      {
        pattern: /^\/demandes\/([A-Za-z0-9-]{1,40})$/,
        render: (match, person) => {
          const request = findMdphRequest(match[1] ?? "", person.sub);
          return request ? renderRequestDetail(request, person) : undefined;
        },
      },
    ],
    port: options.port ?? own.port,
    host: options.host ?? config.host,
    publicUrl: options.publicUrl ?? (options.port === undefined ? own.url : undefined),
    issuer: options.issuer ?? config.issuer,
    clientId: options.clientId ?? own.client.clientId,
    clientSecret: options.clientSecret ?? own.client.clientSecret,
    signingAlg: options.signingAlg,
    log: options.log,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  startMdphEnLigne()
    .then(({ url }) => console.log(`MDPH en ligne (sandbox) ready: ${url}/demandes`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
