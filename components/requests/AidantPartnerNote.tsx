import { partnerNames, type PartnerId } from "@/lib/partners/partner-names";

export type AidantPartnerNoteProps = {
  partner: PartnerId;
  /** The person the aidant reads for. */
  personName: string;
  className?: string;
};

/**
 * Instead of « Continuer sur … » for an aidant: the partner's page of this
 * request opens only with the person's own account, so say so and what the
 * aidant can do. Words stay neutral about the person's gender (unknown).
 */
export function AidantPartnerNote({ partner, personName, className }: AidantPartnerNoteProps) {
  const name = partnerNames[partner];
  return (
    <p className={className}>
      Sur {name}, seul le compte de {personName} donne accès à cette demande : vous pouvez l&apos;aider à s&apos;y connecter et à répondre. Si {name}{" "}
      connaît déjà votre rôle d&apos;aidant, ses demandes figurent aussi dans votre propre espace {name}.
    </p>
  );
}
