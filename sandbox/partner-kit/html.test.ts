import { describe, expect, it } from "vitest";

import { escapeHtml, formatDateFr, html, renderLayout, trustedHtml } from "./html";

describe("html", () => {
  it("escapes interpolated strings but not SafeHtml", () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(html`<p>${name}</p>`.value).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>");
    expect(html`<div>${html`<b>${"a<b"}</b>`}</div>`.value).toBe("<div><b>a&lt;b</b></div>");
    expect(html`${trustedHtml("<hr>")}`.value).toBe("<hr>");
  });

  it.each([
    [null, ""],
    [undefined, ""],
    [false, ""],
    [0, "0"],
    [["a", "<", html`<i>`], "a&lt;<i>"],
  ])("renders %j as %j", (value, expected) => {
    expect(html`${value}`.value).toBe(expected);
  });

  it("escapes all five special characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

describe("renderLayout", () => {
  const service = { name: "Service <test>", tagline: "Slogan", homeHref: "/" };

  it("produces an accessible French document with the signed-in banner", () => {
    const page = renderLayout({ title: "Mes demandes", service, body: html`<h1>Titre</h1>`, signedIn: { displayName: "Jeanne <Martin>", signOutAction: "/deconnexion" } });
    expect(page).toMatch(/^<!doctype html>\n<html lang="fr"/);
    expect(page).toContain("<title>Mes demandes — Service &lt;test&gt;</title>");
    expect(page).toContain('<a class="fr-link" href="#main">Aller au contenu</a>');
    expect(page).toContain('<main id="main" role="main" tabindex="-1">');
    expect(page).toContain("Connecté·e : <strong>Jeanne &lt;Martin&gt;</strong>");
    expect(page).toContain('<form class="fr-col-auto" method="post" action="/deconnexion">');
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("omits the banner when nobody is signed in", () => {
    expect(renderLayout({ title: "Accueil", service, body: html`<h1>x</h1>` })).not.toContain("Connecté·e");
  });
});

describe("formatDateFr", () => {
  it.each([
    ["2026-03-12", "12 mars 2026"],
    ["2026-01-01", "1er janvier 2026"],
    ["2026-01-11", "11 janvier 2026"],
    ["not a date", "not a date"],
  ])("formats %s", (input, expected) => {
    expect(formatDateFr(input)).toBe(expected);
  });
});
