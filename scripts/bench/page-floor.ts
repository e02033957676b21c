import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";

import { freePort } from "./child-process";
import { forwardToPortal } from "./forward";

/**
 * A page's floor for Lighthouse: the HTML the portal answered for it, without any JavaScript, served beside
 * the portal. Its stylesheets, fonts and icons come from the portal itself (forwarded as they are), so the
 * floor is what the page's markup, the DSFR's CSS and the fonts cost on their own: the score and LCP the
 * page cannot beat without changing its content or its design.
 */
export type PageFloor = {
  /** Stores the portal's answer for `path` (with `cookie`, for a signed-in page) and returns the floor page's address. */
  add(path: string, cookie?: string): Promise<string>;
  close(): Promise<void>;
};

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_LINK = /<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi;

/** The HTML without its scripts (structured data excepted: it is not code) and without the hints that fetch scripts. */
export function withoutJavaScript(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string) => (/\btype="application\/ld\+json"/i.test(attributes) ? tag : ""))
    .replace(SCRIPT_LINK, (tag) => (/\bas="script"/i.test(tag) || /\brel="modulepreload"/i.test(tag) ? "" : tag));
}

export async function startPageFloor(portalBase: string): Promise<PageFloor> {
  const pages = new Map<string, Buffer>();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const server: Server = createServer((request, response) => {
    const page = pages.get(request.url ?? "");
    if (!page) {
      forwardToPortal(portalBase, request, response);
      return;
    }
    // Gzipped as the portal gzips its pages, so that Lighthouse's simulated network sees the same bytes.
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", "cache-control": "no-store" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    async add(path, cookie) {
      const answer = await fetch(`${portalBase}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      if (answer.status !== 200) throw new Error(`the portal answered ${answer.status} to ${path}`);
      const floorPath = `/plancher/${pages.size + 1}`;
      pages.set(floorPath, gzipSync(withoutJavaScript(await answer.text())));
      return `${origin}${floorPath}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
