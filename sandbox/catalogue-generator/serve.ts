import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { applySecurityHeaders } from "@/sandbox/partner-kit/http";

/** Small helpers shared by the catalogue partner sandboxes (plain node:http servers). */

export type RunningServer = { url: string; close(): Promise<void> };

export type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> | void;

export async function listen(handler: Handler, port: number, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    applySecurityHeaders(request, response, "api");
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? `${host}:${port}`}`);
    Promise.resolve(handler(request, response, url)).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: "internal_error", message: error instanceof Error ? error.message : String(error) });
      else response.destroy();
    });
  });
  // Keep-alive sockets would delay close() by several seconds.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}` };
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown, contentType = "application/json; charset=utf-8", headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(payload), ...headers });
  response.end(payload);
}

export async function readBody(request: IncomingMessage, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw new Error("request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** `--name value` command-line options of the sandbox CLIs. */
export function cliOptions(argv: string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) continue;
    const [name, inline] = arg.slice(2).split("=", 2);
    const value = inline ?? (argv[i + 1] && !argv[i + 1]?.startsWith("--") ? argv[++i] : "true");
    options.set(name ?? "", value ?? "true");
  }
  return options;
}

export function numberOption(options: Map<string, string>, name: string, fallback: number): number {
  const value = options.get(name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} expects a non-negative integer, got "${value}"`);
  return number;
}

/** Stops the servers on Ctrl-C / SIGTERM. */
export function closeOnSignal(servers: Array<{ close(): Promise<void> }>): void {
  const stop = () => {
    void Promise.all(servers.map((server) => server.close())).then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
