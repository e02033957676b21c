import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";

/**
 * Forwards a GET from a floor page's server to the portal, bytes as they are: the portal's own compression,
 * caching and content headers, so that what the floor page loads costs what it costs on the portal.
 */
export function forwardToPortal(portalBase: string, request: IncomingMessage, response: ServerResponse): void {
  const target = new URL(request.url ?? "/", portalBase);
  const headers: Record<string, string> = {};
  for (const name of ["accept", "accept-encoding", "cookie", "if-none-match"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const upstream = httpRequest(target, { method: "GET", headers }, (answer: IncomingMessage) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on("error", () => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
  upstream.end();
}
