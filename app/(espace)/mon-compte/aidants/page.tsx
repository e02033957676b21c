import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/Link";

import { AccessLogTable } from "@/components/mandates/AccessLogTable";
import { InvitationCodePanel } from "@/components/mandates/InvitationCodePanel";
import { InvitationForm } from "@/components/mandates/InvitationForm";
import { MandatesGivenTable } from "@/components/mandates/MandatesGivenTable";
import { ResultAlert } from "@/components/mandates/ResultAlert";
import { PageLayout } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { getPortalSession, type PortalSession } from "@/lib/auth";
import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";
import { formatDateTime } from "@/lib/format/dates";
import { decodeInvitationFlash, fieldErrorsFromQuery, findJustCreatedInvitation, formatInvitationCode, INVITATION_FLASH_HEADER, listAccessLog, listMandatesGiven, resultMessage } from "@/lib/mandates";
import { findRequestTitles } from "@/lib/requests";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Mes aidants",
  description: "Invitez un proche à suivre vos démarches, choisissez ce qu'il peut faire, voyez quand il les consulte et retirez son accès à tout moment.",
  path: "/mon-compte/aidants",
});

export type MyAidantsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Mes aidants";
const LEAD = "Permettez à un proche de suivre vos démarches. Vous choisissez ce qu'il peut voir et vous pouvez retirer son accès à tout moment.";
const parents = [{ label: "Mes démarches", href: "/mes-demarches" }];

async function loadPage(session: PortalSession) {
  const flash = decodeInvitationFlash((await headers()).get(INVITATION_FLASH_HEADER) ?? undefined);
  const [mandates, accessLog, justCreated] = await Promise.all([
    listMandatesGiven(session.userId),
    listAccessLog(session.userId),
    flash ? findJustCreatedInvitation(session.userId, flash.mandateId, flash.code) : null,
  ]);
  const targets = accessLog.flatMap((entry) => (entry.action === "demarche" && entry.target ? [entry.target] : []));
  const titles = await findRequestTitles(await getPrisma(), session.subject, targets);
  return { mandates, accessLog, justCreated, titles };
}

export default async function MyAidantsPage({ searchParams }: MyAidantsPageProps) {
  const session = await getPortalSession();
  if (!session) {
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <p>Connectez-vous pour inviter un aidant ou voir qui consulte vos démarches.</p>
        <SignInForm callbackUrl="/mon-compte/aidants" />
      </PageLayout>
    );
  }
  const params = await searchParams;
  let data: Awaited<ReturnType<typeof loadPage>>;
  try {
    data = await loadPage(session);
  } catch (error) {
    logger.error("Could not load the mandates page", errorContext(error));
    return (
      <PageLayout title={TITLE} parents={parents} lead={LEAD}>
        <ResultAlert message={{ severity: "error", title: "Service momentanément indisponible", description: "Vos aidants ne peuvent pas être affichés pour le moment. Réessayez dans quelques minutes." }} />
      </PageLayout>
    );
  }
  const { mandates, accessLog, justCreated, titles } = data;
  // The code panel replaces the generic success message; without the cookie (reload), only the message is shown.
  const message = resultMessage(params);
  return (
    <PageLayout title={TITLE} parents={parents} lead={LEAD}>
      {justCreated ? null : <ResultAlert message={message} />}
      {justCreated ? (
        <InvitationCodePanel
          aidantName={justCreated.mandate.aidantLabel}
          code={formatInvitationCode(justCreated.code)}
          link={`${env().PORTAL_URL}/aidant/accepter?code=${justCreated.code}`}
          expiresOn={formatDateTime(justCreated.mandate.codeExpiresAt)}
        />
      ) : null}

      <h2 id="inviter-titre">Inviter un aidant</h2>
      <p>
        Vous recevrez un code à donner à votre aidant. Il devra se connecter avec son propre compte. Vous aidez vous-même un proche ?{" "}
        <Link href="/aidant/accepter">Saisissez le code qu&apos;il vous a donné</Link>.
      </p>
      <InvitationForm initialErrors={fieldErrorsFromQuery(params.champs)} />

      <h2 className="fr-mt-6w">Vos aidants</h2>
      <MandatesGivenTable mandates={mandates} />

      <h2 className="fr-mt-6w">Journal des accès</h2>
      <p>Chaque fois qu&apos;un aidant consulte vos démarches, c&apos;est noté ici.</p>
      <AccessLogTable entries={accessLog} titles={titles} />
    </PageLayout>
  );
}
