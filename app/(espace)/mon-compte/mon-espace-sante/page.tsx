import type { Metadata } from "next";

import { ResultAlert } from "@/components/mandates/ResultAlert";
import { MesFlowsForm } from "@/components/mes/MesFlowsForm";
import { MesItemsTable } from "@/components/mes/MesItemsTable";
import { MesResultAlert } from "@/components/mes/MesResultAlert";
import { mesResultMessage } from "@/components/mes/texts";
import { PageLayout } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession } from "@/lib/auth";
import { formatDateTime } from "@/lib/format/dates";
import { errorContext, logger } from "@/lib/logger";
import { MES_PAGE_PATH, mesService } from "@/lib/mes";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({ title: "Mon espace santé", description: "Reliez le portail à Mon espace santé : les dates de vos démarches dans votre agenda, les décisions dans vos documents, si vous le voulez.", path: "/mon-compte/mon-espace-sante" });

export type MesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Mon espace santé";
const LEAD = "Retrouvez dans Mon espace santé les dates de vos démarches et les décisions qui vous concernent. Vous choisissez ce qui est partagé, et vous pouvez arrêter à tout moment.";
const parents = [{ label: "Mes démarches", href: "/mes-demarches" }];

// Only the signed-in person's own link: « Je consulte pour » (?pour=) is ignored
// here, so an aidant never sees or changes someone else's pairing.
export default async function MesPage({ searchParams }: MesPageProps) {
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <p>Connectez-vous pour relier votre compte à Mon espace santé.</p>
        <SignInForm callbackUrl={MES_PAGE_PATH} />
      </PageLayout>
    );
  }
  const params = await searchParams;
  let data: Awaited<ReturnType<ReturnType<typeof mesService>["view"]>>;
  try {
    // Each visit also hands what changed, or is still waiting, to the delivery queue.
    await mesService().sync(session.userId);
    data = await mesService().view(session.userId);
  } catch (error) {
    logger.error("Could not load the Mon espace santé page", errorContext(error));
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <ResultAlert message={{ severity: "error", title: "Service momentanément indisponible", description: "Votre lien avec Mon espace santé ne peut pas être affiché pour le moment. Réessayez dans quelques minutes." }} />
      </PageLayout>
    );
  }
  const { pairing, items } = data;
  return (
    <PageLayout title={TITLE} parents={parents} lead={LEAD}>
      <MesResultAlert message={mesResultMessage(params)} />
      {pairing.connected ? (
        <>
          <h2>Votre compte est relié</h2>
          <p data-testid="mes-etat">
            Votre compte est relié à Mon espace santé depuis le {pairing.connectedAt ? formatDateTime(pairing.connectedAt) : "—"}. Pour partager une information de plus, Mon espace santé vous demandera votre accord.
          </p>
          <MesFlowsForm flows={pairing.flows} action="enregistrer" />
          <form method="post" action="/mon-compte/mon-espace-sante/choix" className="fr-mt-4w">
            <input type="hidden" name="action" value="deconnecter" />
            <button className="fr-btn fr-btn--secondary" type="submit">
              Ne plus relier mon compte à Mon espace santé
            </button>
          </form>
        </>
      ) : (
        <>
          <h2>Relier votre compte</h2>
          {pairing.endedBy === "mes" ? <p>Le lien a été arrêté depuis Mon espace santé. Vous pouvez le refaire ici.</p> : null}
          <p>
            Vous allez être envoyé·e sur Mon espace santé pour vous identifier et donner votre accord. Le portail ne lit pas vos données de santé : il envoie seulement ce que vous choisissez ci-dessous.
          </p>
          <MesFlowsForm flows={["agenda"]} action="connecter" />
        </>
      )}
      <h2 className="fr-mt-6w">Ce qui a été envoyé</h2>
      <p>
        Chaque information envoyée à Mon espace santé est notée ici, avec sa date et son état. « En attente » : Mon espace santé ne répond pas, le portail réessaie seul pendant environ deux heures. « Non envoyé » : Mon espace santé n’a pas répondu pendant tout ce temps ; vous pouvez demander un nouvel envoi.
      </p>
      <MesItemsTable items={items} />
      {pairing.connected && items.some((item) => item.state === "echoue") ? (
        <form method="post" action="/mon-compte/mon-espace-sante/choix" className="fr-mt-2w">
          <input type="hidden" name="action" value="reessayer" />
          <button className="fr-btn fr-btn--secondary fr-icon-refresh-line fr-btn--icon-left" type="submit">
            Envoyer à nouveau ce qui n’est pas parti
          </button>
        </form>
      ) : null}
    </PageLayout>
  );
}
