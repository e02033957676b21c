import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { ApplicationAlert } from "@/components/applications/ApplicationAlert";
import { PageLayout } from "@/components/PageLayout";
import { applicationMessage } from "@/lib/applications";
import { contentPagePath } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

import { firstParam as first, withApplicant } from "../applicant-gate";

export const metadata: Metadata = pageMetadata({ title: "Préparer une demande à la MDPH", description: "Préparez une nouvelle demande à la MDPH avec les informations de votre profil, puis terminez-la sur MDPH en ligne.", path: "/demander/mdph" });

export type MdphStepPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Préparer une demande à la MDPH";
const LEAD = "Le portail pré-remplit votre identité et vos coordonnées sur MDPH en ligne. Vous y choisissez ensuite ce que vous demandez, puis vous signez.";
const parents = [{ label: "Mes démarches", href: "/mes-demarches" }];

/** « Faire une demande à la MDPH »: one button prepares the request; the review page says what will be sent. */
export default async function MdphStepPage({ searchParams }: MdphStepPageProps) {
  const params = await searchParams;
  const gate = { title: TITLE, parents, lead: LEAD, signedOutText: "Connectez-vous pour préparer votre demande.", callbackUrl: "/demander/mdph" };
  return withApplicant(first(params.pour) || undefined, gate, (applicant) => (
    <PageLayout title={TITLE} parents={parents} lead={applicant.self ? LEAD : `Vous préparez une demande pour ${applicant.viewed.name}. Elle devra la signer elle-même sur MDPH en ligne.`}>
      <ApplicationAlert message={applicationMessage({ erreur: first(params.erreur) })} />
      <p>
        Avant de commencer, lisez <Link href={contentPagePath({ section: "demarches", slug: "demande-mdph" })}>comment se passe une demande à la MDPH</Link>.
      </p>
      <form method="post" action="/api/demandes-preparees">
        <input type="hidden" name="type" value="mdph" />
        {applicant.pour ? <input type="hidden" name="pour" value={applicant.pour} /> : null}
        <button className="fr-btn" type="submit">
          Préparer ma demande
        </button>
      </form>
    </PageLayout>
  ));
}
