import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { PageLayout } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession } from "@/lib/auth";
import { pageMetadata } from "@/lib/seo";

import { deleteMyAccount } from "./actions";

export const metadata: Metadata = pageMetadata({ title: "Supprimer mon compte", description: "Téléchargez vos données, puis supprimez votre compte et tout ce que le portail garde sur vous.", path: "/mon-compte/suppression" });

export type DeleteAccountPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const parents = [{ label: "Mon compte", href: "/mon-compte" }];

/** Two steps on one address: first the export is offered (`/mon-compte/suppression`), then the confirmation (`?etape=confirmer`). */
export default async function DeleteAccountPage({ searchParams }: DeleteAccountPageProps) {
  const session = await getPortalSession();
  const params = await searchParams;
  const confirming = params.etape === "confirmer";
  const title = confirming ? "Confirmer la suppression de mon compte" : "Supprimer mon compte";
  if (!session) {
    return (
      <PageLayout title={title} parents={parents}>
        <p>Connectez-vous pour supprimer votre compte.</p>
        <SignInForm callbackUrl="/mon-compte/suppression" />
      </PageLayout>
    );
  }
  if (!confirming) {
    return (
      <PageLayout title={title} parents={parents} lead="Avant de supprimer votre compte, gardez une copie de vos informations : après, le portail ne pourra plus vous la donner.">
        {params.erreur === "export" ? (
          <Alert severity="error" className="fr-mb-4w" title="Le téléchargement n'a pas pu être préparé" description="Réessayez dans quelques minutes. Votre compte n'a pas changé." />
        ) : null}
        <h2>1. Télécharger mes données</h2>
        <p>
          Un fichier au format JSON, lisible par un autre service : votre identité FranceConnect, votre profil, vos notifications, vos aidants, vos
          sessions, le journal des partages et la copie de vos démarches.
        </p>
        <p>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href="/mon-compte/export" download>
            Télécharger mes données (JSON)
          </a>
        </p>
        <h2 className="fr-mt-6w">2. Supprimer mon compte</h2>
        <p>
          <Link className="fr-btn fr-btn--secondary" href="/mon-compte/suppression?etape=confirmer">
            Continuer vers la suppression
          </Link>
        </p>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={title} parents={[...parents, { label: "Supprimer mon compte", href: "/mon-compte/suppression" }]}>
      {params.erreur === "indisponible" ? (
        <Alert severity="error" className="fr-mb-4w" title="Votre compte n'a pas pu être supprimé" description="Le service est momentanément indisponible. Rien n'a été supprimé : réessayez dans quelques minutes." />
      ) : null}
      <Alert
        severity="warning"
        className="fr-mb-4w"
        title="La suppression est définitive"
        description="Le portail ne pourra pas retrouver vos informations. Vous pourrez toujours vous reconnecter avec FranceConnect : vous aurez alors un compte neuf, vide."
      />
      <h2>Ce qui sera supprimé</h2>
      <ul>
        <li>votre profil et votre accord pour le garder ;</li>
        <li>vos notifications et la copie de vos démarches gardée par le portail ;</li>
        <li>les accès que vous avez donnés à vos aidants, et ceux que d&apos;autres personnes vous ont donnés ;</li>
        <li>vos sessions, sur tous vos appareils, et le journal des partages de vos données.</li>
      </ul>
      <h2>Ce qui reste chez les partenaires</h2>
      <p>
        Les demandes déjà envoyées à ViaTrajectoire ou à la MDPH restent chez eux : le portail ferme vos sessions chez eux, mais pour supprimer une demande,
        adressez-vous à eux.
      </p>
      <form action={deleteMyAccount} className="fr-mt-4w">
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" className="fr-btn">
              Supprimer définitivement mon compte
            </button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/mon-compte">
              Annuler, garder mon compte
            </Link>
          </li>
        </ul>
      </form>
    </PageLayout>
  );
}
