import { NextResponse } from "next/server";

import { frenchWait } from "./limit-spec";

/** The French sentence people read when a limit is reached. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Trop de tentatives. Réessayez dans ${frenchWait(retryAfterSeconds)}.`;
}

function limitHeaders(retryAfterSeconds: number, contentType: string): HeadersInit {
  return { "Retry-After": String(retryAfterSeconds), "Content-Type": contentType, "Cache-Control": "no-store" };
}

/** 429 for the JSON APIs and webhooks: `{ "erreur": "<French message>" }`, as the other JSON errors of the portal. */
export function tooManyRequestsJson(retryAfterSeconds: number): NextResponse {
  return new NextResponse(JSON.stringify({ erreur: tooManyAttemptsMessage(retryAfterSeconds) }), {
    status: 429,
    headers: limitHeaders(retryAfterSeconds, "application/json; charset=utf-8"),
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] as string);

/**
 * 429 for a form posted without JavaScript: a short page in French with a DSFR
 * error alert and a link back. It is self-contained (no script, no inline style,
 * no asset whose address changes at each build), so it reads the same whatever
 * the Content-Security-Policy; it names the portal so the person knows where they are.
 */
export function tooManyRequestsPage(retryAfterSeconds: number, back: { href: string; label: string }): NextResponse {
  const message = tooManyAttemptsMessage(retryAfterSeconds);
  const html = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trop de tentatives | Portail Autonomie</title>
</head>
<body>
<header role="banner"><p class="fr-header__service-title">Portail Autonomie</p></header>
<main id="main" class="fr-container fr-my-6w">
<h1>Trop de tentatives</h1>
<div class="fr-alert fr-alert--error" role="alert">
<p>${escapeHtml(message)}</p>
<p>Cette limite protège le service et vos données contre les envois automatiques en grand nombre.</p>
</div>
<p><a class="fr-link" href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>
</main>
</body>
</html>
`;
  return new NextResponse(html, { status: 429, headers: limitHeaders(retryAfterSeconds, "text/html; charset=utf-8") });
}
