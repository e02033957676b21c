import { describe, expect, it } from "vitest";

import { withoutJavaScript } from "./page-floor";

const PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" href="/_next/static/media/marianne.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<link rel="modulepreload" href="/_next/static/chunks/c.mjs"/>
<script src="/_next/static/chunks/d.js" async=""></script>
<script type="application/ld+json">{"@type":"WebPage"}</script>
</head><body><h1>Trouver une aide</h1><noscript><p>Sans JavaScript</p></noscript>
<script>self.__next_f.push([1,"<div>payload</div>"])</script>
<SCRIPT>alert(1)</SCRIPT></body></html>`;

describe("a page's floor for Lighthouse", () => {
  const floor = withoutJavaScript(PAGE);

  it("keeps what the page shows: markup, stylesheets, font preloads, structured data", () => {
    expect(floor).toContain("<h1>Trouver une aide</h1>");
    expect(floor).toContain('href="/_next/static/chunks/a.css"');
    expect(floor).toContain('href="/_next/static/media/marianne.woff2" as="font"');
    expect(floor).toContain('{"@type":"WebPage"}');
  });

  it("drops every script and every hint that would fetch one", () => {
    expect(floor).not.toMatch(/<script(?![^>]*ld\+json)/i);
    expect(floor).not.toContain("b.js");
    expect(floor).not.toContain("c.mjs");
    expect(floor).not.toContain("__next_f");
  });
});
