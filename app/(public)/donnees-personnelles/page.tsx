import type { Metadata } from "next";

import { Link } from "@/components/Link";
import { PageLayout } from "@/components/PageLayout";
import { APPLICATION_PAGES } from "@/lib/applications";
import { DISCLOSURE_RECIPIENTS, recipientName } from "@/lib/audit/model";
import { env } from "@/lib/env";
import { MANDATE_PAGES, scopeLabels } from "@/lib/mandates";
import { MES_PAGE_PATH } from "@/lib/mes";
import { pageMetadata } from "@/lib/seo";

import { privacyDurations, requestedIdentityData } from "./privacy-facts";
import { Processing } from "./Processing";
import { portalPrivacySources } from "./sources";

export const metadata: Metadata = pageMetadata({
  title: "Données personnelles",
  description: "Quelles données personnelles le Portail Autonomie utilise, pourquoi, qui les reçoit, combien de temps il les garde, et comment exercer vos droits.",
  path: "/donnees-personnelles",
});

// Plain-words legal bases (RGPD art. 6 and 9); one wording each so that sections say the same thing the same way.
const PUBLIC_SERVICE = "la mission de service public du portail (RGPD, article 6.1.e).";
const CONSENT = "votre accord (RGPD, article 6.1.a), que vous pouvez retirer à tout moment.";
const UNTIL_DELETION = "jusqu'à la suppression de votre compte, que vous pouvez demander à tout moment.";

const PROFILE_PATH = "/mon-compte/profil";
const LOG_PATH = "/mon-compte/journal";
const EXPORT_PATH = "/mon-compte/export";
const DELETION_PATH = "/mon-compte/suppression";

/** The service's privacy notice (RGPD art. 13): one section per processing the code does, durations taken from the code. */
export default function PersonalDataPage() {
  const config = env();
  const durations = privacyDurations(portalPrivacySources());
  const requested = requestedIdentityData(config.FRANCECONNECT_SCOPES);
  const partners = DISCLOSURE_RECIPIENTS.map(recipientName);
  return (
    <PageLayout
      title="Données personnelles"
      lead="Cette page explique quelles données personnelles le Portail Autonomie utilise, pourquoi, qui les voit ou les reçoit, combien de temps il les garde, et comment exercer vos droits."
    >
      <h2>Qui est responsable de vos données</h2>
      <p>
        Le Portail Autonomie est un prototype de service public : il n&apos;est pas encore publié par une administration.
        L&apos;administration qui le publiera sera responsable de vos données et désignera un délégué à la protection des
        données, que vous pourrez contacter. Voir les <Link href="/mentions-legales">mentions légales</Link>.
      </p>

      <h2>Sans vous connecter</h2>
      <p>
        Vous pouvez chercher une solution et lire les pages d&apos;information sans vous connecter. Le portail ne vous
        demande alors aucune donnée personnelle et n&apos;enregistre pas les lieux que vous recherchez. Pour freiner les
        abus, il compte seulement les demandes répétées venant d&apos;une même adresse IP (voir « Les sessions et la
        sécurité »).
        {config.GEOCODER === "ban"
          ? " Pour trouver la commune que vous tapez dans « Où ? », le portail envoie ce texte, et rien d'autre sur vous, à la Base Adresse Nationale."
          : null}
        {config.MAP_STYLE_URL
          ? ` Le fond de la carte est chargé par votre navigateur depuis ${new URL(config.MAP_STYLE_URL).host} : ce service reçoit donc l'adresse IP de votre connexion.`
          : null}
      </p>

      <h2>Quand vous vous connectez</h2>
      <p>
        Le portail fait les traitements suivants. Pour chacun : les données, pourquoi, qui les voit ou les reçoit,
        combien de temps elles sont gardées, et la règle qui l&apos;autorise (la base légale).
      </p>

      <Processing
        title="Votre identité, donnée par FranceConnect"
        data={
          <>
            quand vous vous connectez, le portail demande à FranceConnect&nbsp;: {requested.join(", ")}. Il
            n&apos;enregistre que vos prénoms, votre nom (votre nom d&apos;usage s&apos;il existe), votre date de naissance,
            votre adresse électronique et l&apos;identifiant que FranceConnect vous donne pour ce service. Ils sont mis à
            jour à chaque connexion&nbsp;; vous ne pouvez pas les modifier dans le portail.
          </>
        }
        why="vous reconnaître, afficher votre nom, retrouver vos démarches chez ViaTrajectoire et MDPH en ligne, qui utilisent la même identité, et pré-remplir vos demandes."
        recipients="le portail. Vos aidants voient vos nom et prénoms. ViaTrajectoire et MDPH en ligne ne reçoivent votre identité du portail que quand vous leur envoyez une demande (voir plus bas)."
        retention={UNTIL_DELETION}
        legalBasis={`${PUBLIC_SERVICE} C'est vous qui choisissez de vous connecter.`}
      />

      <Processing
        title="Votre profil, déclaré une fois"
        data="ce que vous choisissez d'écrire dans votre profil : adresse, téléphone, adresse électronique, situation de logement, GIR (groupe iso-ressources, qui mesure la perte d'autonomie), caisse de retraite, et le proche ou le représentant légal à contacter (son rôle, son nom, son téléphone, son adresse électronique)."
        why="pré-remplir vos demandes, pour que vous n'ayez pas à redonner ces informations à chaque fois."
        recipients={`le portail. Un aidant à qui vous avez permis de « ${scopeLabels["preparer-demandes"]} » les voit quand il prépare une demande pour vous. ViaTrajectoire ou MDPH en ligne les reçoivent seulement quand une demande leur est envoyée.`}
        retention="le portail garde votre profil seulement si vous cochez la case d'accord, à chaque enregistrement. Il l'efface dès que vous retirez votre accord, et au plus tard à la suppression de votre compte."
        legalBasis={`${CONSENT} Le GIR est une donnée de santé : le portail ne la garde qu'avec votre accord explicite (RGPD, article 9.2.a).`}
      />

      <Processing
        title="Le suivi de vos démarches"
        data="vos demandes à la MDPH (MDPH en ligne) et vos demandes d'admission en établissement (ViaTrajectoire) : numéro, statut, étapes, dates, décisions. Le portail les lit chez ces partenaires avec votre identifiant FranceConnect, et les partenaires le préviennent de chaque changement. Il garde la dernière version de chaque démarche et la date de sa dernière lecture."
        why="vous montrer toutes vos démarches au même endroit, et leur dernier état connu quand un partenaire ne répond pas."
        recipients={`vous, et les aidants à qui vous avez permis de « ${scopeLabels["voir-demarches"]} ». ViaTrajectoire et MDPH en ligne restent la source de ces informations.`}
        retention={`chaque changement remplace la version gardée ; la dernière est gardée ${UNTIL_DELETION}`}
        legalBasis={PUBLIC_SERVICE}
      />

      <Processing
        title="Les notifications et les courriels"
        data={
          <>
            un message pour chaque changement d&apos;une de vos démarches (titre, texte, lien), sa date, et si vous l&apos;avez
            lu.{" "}
            {config.SMTP_URL
              ? "Une copie vous est envoyée par courriel, à l'adresse électronique donnée par FranceConnect."
              : "Ce service n'envoie pas encore de copie par courriel."}
          </>
        }
        why="vous prévenir quand une démarche avance ou qu'une action vous est demandée."
        recipients={`vous, et les aidants à qui vous avez permis de « ${scopeLabels["recevoir-notifications"]} » (ils reçoivent leur propre copie).${config.SMTP_URL ? " Les courriels passent par le serveur de messagerie du service." : ""}`}
        retention={`le portail n'efface pas les notifications lues : elles sont gardées, avec les copies de vos aidants, ${UNTIL_DELETION}`}
        legalBasis={PUBLIC_SERVICE}
      />

      <Processing
        title="Vos aidants"
        data="le nom que vous donnez à l'aidant, les autorisations que vous choisissez, les dates d'invitation, d'acceptation et de retrait, une empreinte du code d'invitation (jamais le code lui-même), et le journal des accès : ce que l'aidant a consulté ou préparé pour vous, et quand. Vous le lisez dans « Mes aidants »."
        why="permettre à un proche de vous aider, sous votre contrôle."
        recipients={
          <>
            l&apos;aidant, selon ce que vous lui permettez&nbsp;:
            <ul>
              <li>« {scopeLabels["voir-demarches"]} »&nbsp;: la liste et le détail de vos démarches&nbsp;;</li>
              <li>« {scopeLabels["recevoir-notifications"]} »&nbsp;: les notifications de vos démarches&nbsp;;</li>
              <li>
                « {scopeLabels["preparer-demandes"]} »&nbsp;: préparer une demande pour vous et l&apos;envoyer à
                ViaTrajectoire ou à MDPH en ligne, avec votre identité et votre profil, comme un brouillon que vous seul
                pouvez signer.
              </li>
            </ul>
            Un aidant ne voit jamais votre lien avec Mon espace santé.
          </>
        }
        retention={`le code d'invitation est valable ${durations.invitationCode}. L'accès dure jusqu'à ce que vous ou l'aidant le retiriez. L'historique (autorisations et journal des accès) est gardé jusqu'à la suppression de votre compte ou de celui de l'aidant.`}
        legalBasis={CONSENT}
      />

      <Processing
        title="Les demandes préparées et envoyées depuis le portail"
        data="ce que vous préparez (pour une demande d'admission : les établissements choisis, le type de séjour et la date souhaitée), ce qui a été envoyé, quand, et par qui (vous ou un aidant). Avant l'envoi, le portail vous montre chaque information et sa source : FranceConnect ou votre profil."
        why="commencer votre demande chez le partenaire sans que vous ayez à tout retaper."
        recipients={
          <>
            le partenaire choisi, quand vous cliquez sur « Envoyer »&nbsp;:
            <ul>
              <li>
                ViaTrajectoire (demande d&apos;admission en établissement)&nbsp;: nom, prénoms, date de naissance, adresse,
                téléphone, adresse électronique, situation de logement, caisse de retraite, personne à contacter, les
                établissements, le type de séjour et la date souhaitée&nbsp;;
              </li>
              <li>
                MDPH en ligne (demande à la MDPH)&nbsp;: nom, prénoms, date de naissance, adresse, téléphone, adresse
                électronique, personne à contacter.
              </li>
            </ul>
            Le partenaire en fait un brouillon&nbsp;: vous le complétez et le signez chez lui. Le portail n&apos;envoie
            jamais de donnée médicale et ne signe jamais à votre place.
          </>
        }
        retention={
          <>
            une demande que le partenaire n&apos;a pas encore acceptée reste dans «{" "}
            <Link href={APPLICATION_PAGES.index}>Mes demandes préparées</Link> » jusqu&apos;à ce que vous la supprimiez&nbsp;;
            une demande envoyée est gardée, avec ce qui a été envoyé, {UNTIL_DELETION} Le brouillon chez le partenaire suit
            ses propres règles.
          </>
        }
        legalBasis={`${PUBLIC_SERVICE} Rien n'est envoyé sans votre clic, ou celui d'un aidant que vous y avez autorisé.`}
      />

      <Processing
        title="Mon espace santé"
        data="seulement si vous reliez votre compte à Mon espace santé, et seulement ce que vous acceptez : dans l'agenda, les dates de vos démarches (rendez-vous, visite d'admission, réponse attendue de la MDPH) ; dans les documents, chaque décision, dans un PDF préparé par le portail. Le portail garde les clés d'accès que Mon espace santé lui donne, chiffrées, et la liste de ce qu'il a envoyé, avec la date et l'état de chaque envoi."
        why="retrouver les dates et les décisions de vos démarches dans votre espace santé."
        recipients="Mon espace santé, et vous. Un aidant ne voit ni ne change jamais ce lien."
        retention={
          <>
            vous pouvez arrêter l&apos;agenda, les documents ou tout lien à tout moment, sur la page{" "}
            <Link href={MES_PAGE_PATH}>Mon espace santé</Link>&nbsp;: le portail arrête aussitôt les envois, et en cas de
            déconnexion il annule les clés et les efface. Ce qui a déjà été envoyé reste dans Mon espace santé, où vous le
            gérez. La liste des envois est gardée {UNTIL_DELETION}
          </>
        }
        legalBasis="votre accord, donné pour l'agenda et pour les documents séparément (RGPD, articles 6.1.a et 9.2.a), que vous pouvez retirer à tout moment."
      />

      <Processing
        title="Le journal des partages"
        data={`chaque envoi de vos données à un partenaire (${partners.join(", ")}) : quelles données, à qui, pourquoi, la référence chez le partenaire, quand, et qui l'a fait (vous ou un aidant).`}
        why="que vous sachiez à tout moment qui a reçu vos données."
        recipients="vous seul."
        retention={`${UNTIL_DELETION} Si un aidant supprime son compte, ce qu'il a envoyé pour vous reste dans votre journal, sans son nom.`}
        legalBasis="l'obligation de pouvoir vous dire à qui vos données ont été transmises (RGPD, articles 5.2 et 15)."
      />

      <Processing
        title="Les sessions et la sécurité"
        data="pour chaque connexion : sa date, votre dernière activité, sa fin et pourquoi elle a pris fin, et les services partenaires ouverts depuis le portail (« Continuer sur … ») ; des compteurs de tentatives par adresse IP ou par compte (par exemple pour les connexions et les codes d'invitation) ; un journal technique du fonctionnement du portail, qui contient des identifiants techniques, pas votre nom ni vos coordonnées."
        why={`protéger votre compte, surtout sur un ordinateur partagé : la session se termine après ${durations.sessionIdle} sans activité, et au plus tard après ${durations.sessionMax}. Quand vous vous déconnectez, le portail ferme aussi vos sessions chez ViaTrajectoire et MDPH en ligne, puis chez FranceConnect ; quand la session se termine faute d'activité, il ferme aussi, dans les minutes qui suivent, celles de ces services que vous aviez ouverts depuis le portail. Les compteurs freinent les abus.`}
        recipients="le portail. À la fin de votre session, ViaTrajectoire et MDPH en ligne reçoivent un avis de fin de session, qui ne contient que le numéro de votre session FranceConnect."
        retention={`chaque session terminée est effacée ${durations.endedSessionRecords} après sa fin (ou avant, si vous supprimez votre compte). Les compteurs de tentatives sont effacés environ une heure après la fin de leur période de comptage. Le journal technique est gardé par l'hébergeur du service.`}
        legalBasis="la sécurité du service, qui fait partie de sa mission de service public (RGPD, articles 6.1.e et 32)."
      />

      <h2>Cookies et stockage dans votre navigateur</h2>
      <p>
        Ce site n&apos;utilise aucun cookie de mesure d&apos;audience ni de publicité. Il n&apos;a donc pas besoin de
        votre consentement. Il enregistre seulement ce qui est nécessaire à son fonctionnement&nbsp;:
      </p>
      <ul>
        <li>
          votre session de connexion, dans un cookie qui ne contient qu&apos;un numéro tiré au hasard&nbsp;: il dure au plus{" "}
          {durations.sessionMax} et ne sert plus à rien dès que vous vous déconnectez&nbsp;;
        </li>
        <li>pendant la connexion avec FranceConnect, des cookies techniques qui protègent contre les usurpations&nbsp;;</li>
        <li>
          après une déconnexion, un cookie qui permet de vous dire quelles sessions ont été fermées, pendant{" "}
          {durations.signedOutSummary}&nbsp;;
        </li>
        <li>
          le code d&apos;invitation d&apos;un aidant que vous venez de créer, pour vous l&apos;afficher une seule fois,
          pendant {durations.invitationFlash} au plus&nbsp;;
        </li>
        <li>votre choix de la version facile à lire, dans un cookie gardé {durations.readingVersion}&nbsp;;</li>
        <li>votre choix de thème d&apos;affichage (clair, sombre ou système), dans votre navigateur&nbsp;;</li>
        <li>les solutions que vous comparez, dans l&apos;onglet ouvert, jusqu&apos;à ce que vous le fermiez.</li>
      </ul>

      <h2>Vos droits</h2>
      <p>
        Vous pouvez accéder à vos données, les faire corriger ou effacer, en recevoir une copie, limiter leur utilisation
        et vous y opposer, en application du règlement général sur la protection des données (RGPD). Le plus souvent,
        vous pouvez le faire vous-même&nbsp;:
      </p>
      <ul>
        <li>
          voir, corriger ou effacer votre profil, et retirer votre accord&nbsp;: <Link href={PROFILE_PATH}>Mon profil</Link>
          &nbsp;;
        </li>
        <li>
          savoir ce qui a été envoyé, à qui et quand&nbsp;:{" "}
          <Link href={LOG_PATH}>Journal des partages de mes données</Link>&nbsp;;
        </li>
        <li>
          recevoir une copie de toutes vos données, dans un fichier&nbsp;:{" "}
          <a className="fr-link" href={EXPORT_PATH}>
            Télécharger mes données
          </a>
          &nbsp;;
        </li>
        <li>
          retirer l&apos;accès d&apos;un aidant&nbsp;: <Link href={MANDATE_PAGES.given}>Mes aidants</Link>&nbsp;;
        </li>
        <li>
          arrêter les envois vers Mon espace santé&nbsp;: <Link href={MES_PAGE_PATH}>Mon espace santé</Link>&nbsp;;
        </li>
        <li>
          tout effacer&nbsp;: <Link href={DELETION_PATH}>Supprimer mon compte</Link>. Le portail ferme alors toutes vos
          sessions, prévient les partenaires et efface tout ce qu&apos;il garde sur vous.
        </li>
      </ul>
      <p>
        Votre identité vient de FranceConnect&nbsp;: pour la corriger, adressez-vous au service avec lequel vous vous
        connectez (par exemple impots.gouv.fr ou ameli.fr). Elle sera mise à jour à votre prochaine connexion. Vos
        démarches restent gérées par ViaTrajectoire et MDPH en ligne&nbsp;: pour les données qu&apos;ils gardent,
        adressez-vous à eux.
      </p>
      <p>
        Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la{" "}
        <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noopener noreferrer" title="CNIL - nouvelle fenêtre">
          Commission nationale de l&apos;informatique et des libertés (CNIL)
        </a>
        .
      </p>
    </PageLayout>
  );
}
