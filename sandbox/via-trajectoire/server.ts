import { pathToFileURL } from "node:url";

import { readSandboxConfig } from "../identity-provider/config";
import type { RunningServer } from "../partner-kit/http";
import { startPartnerApp } from "../partner-kit/partner-app";
import { admissionRequestsFor, findAdmissionRequest } from "./data";
import { LIST_PATH, renderRequestDetail, renderRequestList } from "./pages";

// ViaTrajectoire stand-in: admission requests to EHPAD and disability
// establishments, behind its own OIDC sign-in at the identity provider.

export const VIA_TRAJECTOIRE_COOKIE_PREFIX = "vt";

export interface ViaTrajectoireOptions {
  /** 0 picks a free port. Default: VIA_TRAJECTOIRE_PORT or the port of VIA_TRAJECTOIRE_URL (4020). */
  port?: number;
  host?: string;
  /** Default: VIA_TRAJECTOIRE_URL when the port is not overridden, else http://localhost:<bound port>. */
  publicUrl?: string;
  /** Default: FRANCECONNECT_ISSUER or the sandbox identity provider. */
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  signingAlg?: "RS256" | "ES256";
  log?: (message: string, detail?: unknown) => void;
}

export function startViaTrajectoire(options: ViaTrajectoireOptions = {}): Promise<RunningServer> {
  const config = readSandboxConfig();
  const own = config.viaTrajectoire;
  return startPartnerApp({
    service: { name: "ViaTrajectoire", tagline: "Demandes d’admission en établissement médico-social", homeHref: LIST_PATH },
    cookiePrefix: VIA_TRAJECTOIRE_COOKIE_PREFIX,
    homePath: LIST_PATH,
    routes: [
      {
        pattern: /^\/demandes\/?$/,
        render: (_match, person) => {
          const { own: mine, asAidant } = admissionRequestsFor(person.sub);
          return renderRequestList(mine, asAidant, person);
        },
      },
      {
        pattern: /^\/demandes\/([A-Za-z0-9-]{1,40})$/,
        render: (match, person) => {
          const request = findAdmissionRequest(match[1] ?? "", person.sub);
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
  startViaTrajectoire()
    .then(({ url }) => console.log(`ViaTrajectoire (sandbox) ready: ${url}/demandes`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
