import { alert, html, renderLayout, type SafeHtml, type ServiceIdentity } from "../partner-kit/html";
import { ageOn, displayName, type SandboxPerson } from "./people";

// Server-rendered pages of the sandbox identity provider (French, DSFR).

export const IDP_SERVICE: ServiceIdentity = {
  name: "Identité de démonstration",
  tagline: "Fournisseur d’identité simulé, au format FranceConnect",
  homeHref: "/",
};

export interface LoginPageProps {
  /** Form actions. */
  loginAction: string;
  abortAction: string;
  clientName: string;
  people: readonly SandboxPerson[];
  /** Person suggested by the service through login_hint, preselected. */
  suggestedSub?: string;
  /** The person to keep selected after an invalid submission. */
  selectedSub?: string;
  error?: string;
  now?: Date;
}

export function renderLoginPage({ loginAction, abortAction, clientName, people, suggestedSub, selectedSub, error, now = new Date() }: LoginPageProps): string {
  const checkedSub = selectedSub ?? suggestedSub;
  const suggested = people.find((person) => person.sub === suggestedSub);
  const body = html`<h1>Choisissez une personne fictive pour vous connecter</h1>
<p class="fr-text--lead">Vous vous connectez à : <strong>${clientName}</strong>.</p>
${suggested ? html`<p>Le service propose de vous connecter en tant que <strong>${displayName(suggested)}</strong>.</p>` : ""}
<form method="post" action="${loginAction}" novalidate>
  <fieldset class="fr-fieldset${error ? " fr-fieldset--error" : ""}" id="people" aria-labelledby="people-legend people-messages">
    <legend class="fr-fieldset__legend" id="people-legend">Personne fictive <span class="fr-hint-text">Ces personnes n’existent pas ; leurs données servent uniquement aux tests.</span></legend>
    ${people.map(
      (person) => html`<div class="fr-fieldset__element">
      <div class="fr-radio-group">
        <input type="radio" id="person-${person.key}" name="sub" value="${person.sub}"${checkedSub === person.sub ? html` checked` : ""}>
        <label class="fr-label" for="person-${person.key}">${displayName(person)}, ${ageOn(person.claims.birthdate, now)} ans
          <span class="fr-hint-text">${person.description}</span>
        </label>
      </div>
    </div>
    `,
    )}
    <div class="fr-messages-group" id="people-messages" aria-live="assertive">
      ${error ? html`<p class="fr-message fr-message--error">${error}</p>` : ""}
    </div>
  </fieldset>
  <button class="fr-btn" type="submit">Se connecter</button>
</form>
<form class="fr-mt-3w" method="post" action="${abortAction}">
  <button class="fr-btn fr-btn--secondary" type="submit">Annuler et revenir au service</button>
</form>
`;
  return renderLayout({ title: error ? "Erreur : choisissez une personne" : "Connexion", service: IDP_SERVICE, body });
}

export interface ErrorPageProps {
  title: string;
  message: string;
  /** OAuth error code and description, shown to help developers. */
  error?: string;
  errorDescription?: string;
}

export function renderErrorPage({ title, message, error, errorDescription }: ErrorPageProps): string {
  const details: SafeHtml | string = error
    ? html`<p>Code d’erreur : <code>${error}</code>${errorDescription ? html` — ${errorDescription}` : ""}</p>`
    : "";
  const body = html`<h1>${title}</h1>
${alert("error", message)}
${details}
<p>Retournez sur le service d’où vous venez pour recommencer.</p>
`;
  return renderLayout({ title, service: IDP_SERVICE, body });
}

export function renderSignedOutPage(): string {
  const body = html`<h1>Vous êtes déconnecté·e</h1>
${alert("success", "Votre session auprès du fournisseur d’identité de démonstration est terminée.")}
`;
  return renderLayout({ title: "Déconnexion", service: IDP_SERVICE, body });
}

export interface HomePageProps {
  issuer: string;
  clients: readonly { name: string; clientId: string }[];
  people: readonly SandboxPerson[];
  now?: Date;
}

export function renderHomePage({ issuer, clients, people, now = new Date() }: HomePageProps): string {
  const body = html`<h1>Fournisseur d’identité de démonstration</h1>
<p>Ce service simule FranceConnect (OpenID Connect, version 2) pour le Portail Autonomie et ses services partenaires. Une fois connecté·e, vous passez d’un service à l’autre sans vous reconnecter.</p>
<h2>Configuration</h2>
<p>Émetteur : <code>${issuer}</code><br>
Découverte : <a href="${issuer}/.well-known/openid-configuration"><code>${issuer}/.well-known/openid-configuration</code></a></p>
<h2>Services enregistrés</h2>
<ul>${clients.map((client) => html`<li>${client.name} (<code>${client.clientId}</code>)</li>`)}</ul>
<h2>Personnes fictives</h2>
<ul>${people.map((person) => html`<li>${displayName(person)}, ${ageOn(person.claims.birthdate, now)} ans — ${person.description}</li>`)}</ul>
`;
  return renderLayout({ title: "Accueil", service: IDP_SERVICE, body });
}

export function renderNotFoundPage(): string {
  const body = html`<h1>Page introuvable</h1>
<p>La page demandée n’existe pas sur le fournisseur d’identité de démonstration.</p>
<p><a class="fr-link" href="/">Retour à l’accueil</a></p>
`;
  return renderLayout({ title: "Page introuvable", service: IDP_SERVICE, body });
}
