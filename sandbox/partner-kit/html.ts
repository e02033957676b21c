// Tiny server-side HTML toolkit for the sandbox services: an escaping template
// tag and one DSFR page layout, so every page gets lang="fr", a unique title,
// one skip link and <main id="main"> without a front-end framework.

/** HTML that is already safe to embed (built by `html` or trusted markup). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join("");
  // false/null/undefined render nothing so `cond && html\`…\`` reads naturally.
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

/** Template tag: interpolated values are escaped unless they are SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Marks trusted, static markup as safe. Never pass user or partner data here. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export interface ServiceIdentity {
  /** Short service name shown in the header and appended to every <title>. */
  name: string;
  tagline: string;
  homeHref: string;
}

export interface SignedInBanner {
  displayName: string;
  /** Action of the POST form that signs the person out. */
  signOutAction: string;
}

export interface LayoutProps {
  /** Page-specific part of the title; the service name is appended. */
  title: string;
  service: ServiceIdentity;
  body: SafeHtml;
  signedIn?: SignedInBanner;
}

// The full icon sheet: react-dsfr rewrites icons.min.css at install time with
// only the icons the portal uses.
export const DSFR_STYLESHEETS = ["/dsfr/dsfr.min.css", "/dsfr/utility/icons/icons.main.min.css"] as const;

/** Full HTML document with the DSFR header, a sandbox notice and a footer. */
export function renderLayout({ title, service, body, signedIn }: LayoutProps): string {
  const page = html`<!doctype html>
<html lang="fr" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${service.name}</title>
${DSFR_STYLESHEETS.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}<link rel="icon" href="/dsfr/favicon/favicon.svg" type="image/svg+xml">
</head>
<body>
<div class="fr-skiplinks">
  <nav class="fr-container" role="navigation" aria-label="Accès rapide">
    <ul class="fr-skiplinks__list">
      <li><a class="fr-link" href="#main">Aller au contenu</a></li>
    </ul>
  </nav>
</div>
<header role="banner" class="fr-header">
  <div class="fr-header__body">
    <div class="fr-container">
      <div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top">
            <div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>
          </div>
          <div class="fr-header__service">
            <a href="${service.homeHref}" title="Accueil — ${service.name}">
              <p class="fr-header__service-title">${service.name} <span class="fr-badge fr-badge--sm fr-badge--green-menthe">Bac à sable</span></p>
            </a>
            <p class="fr-header__service-tagline">${service.tagline}</p>
          </div>
        </div>
      </div>
    </div>
  </div>
</header>
<div class="fr-notice fr-notice--info">
  <div class="fr-container">
    <div class="fr-notice__body">
      <p class="fr-notice__title">Service simulé pour la démonstration du Portail Autonomie : les personnes et les données affichées sont fictives.</p>
    </div>
  </div>
</div>
<main id="main" role="main" tabindex="-1">
  <div class="fr-container fr-my-6w">
${signedIn ? renderSignedInBanner(signedIn) : ""}${body}
  </div>
</main>
<footer class="fr-footer" role="contentinfo" id="footer">
  <div class="fr-container">
    <div class="fr-footer__body">
      <div class="fr-footer__brand fr-enlarge-link">
        <a href="${service.homeHref}" title="Retour à l’accueil — ${service.name}"><p class="fr-logo">République<br>Française</p></a>
      </div>
      <div class="fr-footer__content">
        <p class="fr-footer__content-desc">${service.name} est une doublure locale utilisée pour tester le Portail Autonomie. Elle ne contient aucune donnée réelle.</p>
      </div>
    </div>
  </div>
</footer>
</body>
</html>
`;
  return page.value;
}

function renderSignedInBanner({ displayName, signOutAction }: SignedInBanner): SafeHtml {
  return html`<div class="fr-grid-row fr-grid-row--middle fr-grid-row--gutters fr-mb-2w">
  <p class="fr-col fr-mb-0"><span class="fr-icon-account-circle-line fr-mr-1w" aria-hidden="true"></span>Connecté·e : <strong>${displayName}</strong></p>
  <form class="fr-col-auto" method="post" action="${signOutAction}">
    <button class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-logout-box-r-line fr-btn--icon-left" type="submit">Se déconnecter</button>
  </form>
</div>
`;
}

/** A DSFR alert block, used by error and information pages. */
export function alert(kind: "error" | "info" | "success" | "warning", title: string, description?: HtmlValue): SafeHtml {
  return html`<div class="fr-alert fr-alert--${kind} fr-mb-4w">
  <h2 class="fr-alert__title">${title}</h2>
  ${description === undefined ? "" : html`<p>${description}</p>`}
</div>
`;
}

/** Formats an ISO date (YYYY-MM-DD or full timestamp) the French way, e.g. "12 mars 2026". */
export function formatDateFr(isoDate: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  const formatted = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(date);
  // French writes the first day of the month as an ordinal ("1er mars").
  return formatted.replace(/^1 /, "1er ");
}

export type BadgeTone = "info" | "success" | "warning" | "error" | "new";

/** DSFR status badge. */
export function badge(tone: BadgeTone, label: string, spacing = ""): SafeHtml {
  return html`<p class="fr-badge fr-badge--${tone}${spacing ? ` ${spacing}` : ""}">${label}</p>`;
}

/** "Retour à …" link with the DSFR left arrow. */
export function backLink(href: string, label: string): SafeHtml {
  return html`<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="${href}">${label}</a></p>`;
}

/** Label/value pairs as a description list. */
export function facts(items: readonly (readonly [string, HtmlValue])[]): SafeHtml {
  return html`<dl class="fr-mb-4w">
${items.map(([label, value]) => html`  <dt class="fr-text--bold fr-mb-0">${label}</dt>
  <dd class="fr-ml-0 fr-mb-2w">${value}</dd>
`)}</dl>`;
}

export interface TableProps {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly HtmlValue[])[];
}

/** DSFR table (first cell of each row is a row header). */
export function table({ caption, headers, rows }: TableProps): SafeHtml {
  return html`<div class="fr-table fr-table--no-scroll">
  <div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
  <table>
    <caption>${caption}</caption>
    <thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
    <tbody>
${rows.map((cells) => html`      <tr>${cells.map((cell, index) => (index === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>
`)}    </tbody>
  </table>
  </div></div></div>
</div>`;
}
