import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession } from "@/lib/auth";
import { getPrisma } from "@/lib/db";
import { partnerNames } from "@/lib/partners/partner-names";
import { formatDateTime } from "@/lib/format/dates";
import { firstParam, listNotifications } from "@/lib/requests";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Mes notifications",
  description: "Les changements sur vos démarches MDPH et vos demandes d'admission, et sur celles des personnes que vous aidez.",
  path: "/mes-demarches/notifications",
});

const PARENTS = [{ label: "Mes démarches", href: "/mes-demarches" }];

const STATUS_MESSAGES: Record<string, { severity: "success" | "error"; text: string }> = {
  lue: { severity: "success", text: "La notification est marquée comme lue." },
  "toutes-lues": { severity: "success", text: "Toutes vos notifications sont marquées comme lues." },
  introuvable: { severity: "error", text: "Cette notification n'existe pas ou ne vous est pas adressée." },
  erreur: { severity: "error", text: "Votre demande n'a pas pu être lue. Réessayez." },
};

export type NotificationsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: NotificationsPageProps) {
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout title="Mes notifications" parents={PARENTS} lead="Les changements sur vos démarches et sur celles des personnes que vous aidez.">
        <p>Connectez-vous pour voir vos notifications.</p>
        <SignInForm callbackUrl="/mes-demarches/notifications" />
      </PageLayout>
    );
  }
  const notifications = await listNotifications(await getPrisma(), session.userId);
  const unread = notifications.filter((notification) => !notification.read).length;
  const status = STATUS_MESSAGES[firstParam((await searchParams).statut) ?? ""];
  return (
    <PageLayout
      title="Mes notifications"
      parents={PARENTS}
      lead={unread === 0 ? "Vous n'avez aucune notification non lue." : `Vous avez ${unread} notification${unread > 1 ? "s" : ""} non lue${unread > 1 ? "s" : ""}.`}
    >
      {status ? <Alert severity={status.severity} small description={status.text} className="fr-mb-3w" role="status" /> : null}
      {unread > 0 ? (
        <form method="post" action="/api/notifications" className="fr-mb-3w">
          <input type="hidden" name="tout" value="1" />
          <button type="submit" className="fr-btn fr-btn--secondary fr-icon-check-line fr-btn--icon-left">
            Tout marquer comme lu
          </button>
        </form>
      ) : null}
      {notifications.length === 0 ? <p>Vous n&apos;avez reçu aucune notification. Elles arrivent ici quand une de vos démarches change.</p> : null}
      <ul className="portal-plain-list">
        {notifications.map((notification) => (
          <li key={notification.id} className="fr-mb-3w">
            <article className={`fr-callout ${notification.read ? "" : "fr-callout--blue-ecume"}`} aria-labelledby={`notification-${notification.id}`}>
              <h2 className="fr-callout__title fr-h6" id={`notification-${notification.id}`}>
                {notification.read ? null : <span className="fr-badge fr-badge--new fr-badge--sm fr-mr-1w">Non lue</span>}
                {notification.title}
              </h2>
              <p className="fr-callout__text fr-text--md">{notification.body}</p>
              <p className="fr-text--sm">
                {partnerNames[notification.partner] ?? notification.partner}, le {formatDateTime(notification.createdAt)}
              </p>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
                <li>
                  <a className="fr-btn fr-btn--secondary" href={notification.link}>
                    Voir la démarche<span className="fr-sr-only"> : {notification.title}</span>
                  </a>
                </li>
                {notification.read ? null : (
                  <li>
                    <form method="post" action="/api/notifications">
                      <input type="hidden" name="id" value={notification.id} />
                      <button type="submit" className="fr-btn fr-btn--tertiary">
                        Marquer comme lue<span className="fr-sr-only"> : {notification.title}</span>
                      </button>
                    </form>
                  </li>
                )}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
