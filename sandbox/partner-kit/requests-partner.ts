import { pathToFileURL } from "node:url";

import { readSandboxConfig } from "../identity-provider/config";
import type { ServiceIdentity } from "./html";
import type { RunningServer } from "./http";
import { startPartnerApp, type PartnerPage } from "./partner-app";
import type { SignedInPerson } from "./relying-party";

/** Options every partner stand-in accepts (tests use port 0). */
export interface PartnerServerOptions {
  /** 0 picks a free port. Default: the partner's *_PORT or the port of its *_URL. */
  port?: number;
  host?: string;
  /** Default: the partner's *_URL when the port is not overridden, else http://localhost:<bound port>. */
  publicUrl?: string;
  /** Default: FRANCECONNECT_ISSUER or the sandbox identity provider. */
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  signingAlg?: "RS256" | "ES256";
  log?: (message: string, detail?: unknown) => void;
}

/** A partner whose pages are "Mes demandes" and one request's detail. */
export interface RequestsPartnerDefinition<Request> {
  configKey: "viaTrajectoire" | "mdphEnLigne";
  service: ServiceIdentity & { homeHref: string };
  cookiePrefix: string;
  listRequests(sub: string): { own: Request[]; asAidant: Request[] };
  findRequest(id: string, sub: string): Request | undefined;
  renderList(own: Request[], asAidant: Request[], person: SignedInPerson): PartnerPage;
  renderDetail(request: Request, person: SignedInPerson): PartnerPage;
}

export function startRequestsPartner<Request>(definition: RequestsPartnerDefinition<Request>, options: PartnerServerOptions = {}): Promise<RunningServer> {
  const config = readSandboxConfig();
  const own = config[definition.configKey];
  const listPath = definition.service.homeHref;
  return startPartnerApp({
    service: definition.service,
    cookiePrefix: definition.cookiePrefix,
    homePath: listPath,
    routes: [
      {
        pattern: /^\/demandes\/?$/,
        render: (_match, person) => {
          const { own: mine, asAidant } = definition.listRequests(person.sub);
          return definition.renderList(mine, asAidant, person);
        },
      },
      {
        pattern: /^\/demandes\/([A-Za-z0-9-]{1,40})$/,
        render: (match, person) => {
          const request = definition.findRequest(match[1] ?? "", person.sub);
          return request ? definition.renderDetail(request, person) : undefined;
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

/** Runs `start` when the module is the process entry point (`npx tsx sandbox/<partner>/server.ts`). */
export function runWhenMain(moduleUrl: string, name: string, start: () => Promise<RunningServer>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  start()
    .then(({ url }) => console.log(`${name} (sandbox) ready: ${url}/demandes`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}

