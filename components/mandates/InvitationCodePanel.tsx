import { CopyLinkButton } from "./CopyLinkButton";

export type InvitationCodePanelProps = {
  aidantName: string;
  /** Formatted code, e.g. "ABCDE-23456". */
  code: string;
  link: string;
  expiresOn: string;
};

/** The new code and link, shown once, with how to hand them over. */
export function InvitationCodePanel({ aidantName, code, link, expiresOn }: InvitationCodePanelProps) {
  return (
    <section className="fr-callout fr-mb-4w" aria-labelledby="code-titre">
      <h2 className="fr-callout__title" id="code-titre">
        Code d&apos;invitation pour {aidantName}
      </h2>
      <p className="fr-callout__text">
        Code : <strong className="portal-invitation-code" data-testid="code-invitation">{code}</strong>
      </p>
      <p className="fr-mb-1w">
        Lien à transmettre : <span className="portal-break-all" data-testid="lien-invitation">{link}</span>
      </p>
      <div className="fr-mb-3w">
        <CopyLinkButton link={link} />
      </div>
      <p>
        Valable jusqu&apos;au <strong>{expiresOn}</strong>, pour une seule utilisation.
      </p>
      <p className="fr-mb-1w">
        <strong>Ce code ne sera plus affiché</strong> : notez-le ou copiez le lien maintenant. Si vous le perdez, retirez cette invitation et
        créez-en une autre.
      </p>
      <h3 className="fr-h6 fr-mt-2w">Comment le transmettre</h3>
      <ul>
        <li>Donnez le code ou le lien à votre aidant seulement : de vive voix, par téléphone, par SMS ou par courriel.</li>
        <li>Votre aidant se connecte au Portail Autonomie avec son propre compte FranceConnect, puis saisit le code.</li>
        <li>Personne du Portail Autonomie ne vous demandera ce code.</li>
      </ul>
    </section>
  );
}
