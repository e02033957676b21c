import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { PageLayout } from "@/components/PageLayout";
import { IdentityPanel } from "@/components/profile/IdentityPanel";
import { ProfileForm } from "@/components/profile/ProfileForm";
import { ProfileResult } from "@/components/profile/ProfileResult";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession } from "@/lib/auth";
import { formatDateTime } from "@/lib/format/dates";
import { errorContext, logger } from "@/lib/logger";
import { declaredToFormValues, loadProfile, type Profile } from "@/lib/profile";
import { pageMetadata } from "@/lib/seo";

import { forgetProfile, saveProfile } from "./actions";

export const metadata: Metadata = pageMetadata({ title: "Mon profil", description: "Votre identité donnée par FranceConnect et les informations que vous nous donnez une fois pour préremplir vos demandes.", path: "/mon-compte/profil" });

export type ProfilePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Mon profil";
const LEAD = "Dites-nous une fois où vous vivez et comment vous joindre : vos demandes préparées depuis le portail seront déjà remplies.";
const parents = [{ label: "Mon compte", href: "/mon-compte" }];

export default async function ProfilePage({ searchParams }: ProfilePageProps) {
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <p>Connectez-vous pour voir et remplir votre profil.</p>
        <SignInForm callbackUrl="/mon-compte/profil" />
      </PageLayout>
    );
  }
  let profile: Profile | null;
  try {
    profile = await loadProfile(session.userId);
  } catch (error) {
    logger.error("Could not load the profile page", { userId: session.userId, ...errorContext(error) });
    profile = null;
  }
  if (!profile) {
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <Alert severity="error" title="Service momentanément indisponible" description="Votre profil ne peut pas être affiché pour le moment. Réessayez dans quelques minutes." />
      </PageLayout>
    );
  }
  const { resultat } = await searchParams;
  return (
    <PageLayout title={TITLE} parents={parents} lead={LEAD}>
      <ProfileResult result={typeof resultat === "string" ? resultat : undefined} />
      <IdentityPanel identity={profile.identity} />

      <h2 id="profil-formulaire-titre">Ce que vous nous dites une fois</h2>
      {profile.consentedAt ? (
        <p>
          Enregistré avec votre accord le {formatDateTime(profile.consentedAt)}. Pour le modifier, changez ce qui doit l&apos;être et enregistrez de nouveau.
        </p>
      ) : (
        <p>Le portail ne garde rien de plus que votre identité tant que vous n&apos;avez pas enregistré ce formulaire.</p>
      )}
      <ProfileForm action={saveProfile} initialValues={declaredToFormValues(profile.declared, profile.identity)} />

      {profile.declared ? (
        <section aria-labelledby="profil-effacer-titre" className="fr-mt-6w">
          <h2 id="profil-effacer-titre">Effacer ces informations</h2>
          <p>Le portail les oublie aussitôt. Votre compte, vos démarches et vos aidants restent.</p>
          <form action={forgetProfile}>
            <button type="submit" className="fr-btn fr-btn--secondary">
              Effacer les informations de mon profil
            </button>
          </form>
        </section>
      ) : null}

      <h2 className="fr-mt-6w">Aller plus loin</h2>
      <ul>
        <li>
          <Link href="/mon-compte/journal">Voir à qui vos informations ont été envoyées</Link>
        </li>
        <li>
          <Link href="/mon-compte/suppression">Supprimer mon compte</Link>
        </li>
      </ul>
    </PageLayout>
  );
}
