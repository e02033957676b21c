export type InvitationFormProps = { disabled?: boolean };

/** "Inviter un aidant": a POST form that works without JavaScript. */
export function InvitationForm({ disabled = false }: InvitationFormProps) {
  return (
    <form method="post" action="/api/aidants/invitations" aria-labelledby="inviter-titre">
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="aidant-nom">
          Nom de votre aidant
          <span className="fr-hint-text">Pour le reconnaître dans la liste, par exemple : Marc, mon fils.</span>
        </label>
        <input className="fr-input" id="aidant-nom" name="aidantLabel" type="text" required maxLength={80} autoComplete="off" disabled={disabled} />
      </div>
      <fieldset className="fr-fieldset" aria-labelledby="aidant-autorisations-legende aidant-autorisations-aide">
        <legend className="fr-fieldset__legend fr-text--regular" id="aidant-autorisations-legende">
          Ce que votre aidant pourra faire
          <span className="fr-hint-text" id="aidant-autorisations-aide">
            Cochez au moins une case. Votre aidant ne pourra jamais modifier vos démarches.
          </span>
        </legend>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input type="checkbox" id="aidant-voir-demarches" name="scopes" value="voir-demarches" defaultChecked disabled={disabled} />
            <label className="fr-label" htmlFor="aidant-voir-demarches">
              Voir mes démarches
              <span className="fr-hint-text">Vos demandes à la MDPH et vos demandes d&apos;admission, et leur avancement.</span>
            </label>
          </div>
        </div>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input type="checkbox" id="aidant-recevoir-notifications" name="scopes" value="recevoir-notifications" disabled={disabled} />
            <label className="fr-label" htmlFor="aidant-recevoir-notifications">
              Recevoir les notifications
              <span className="fr-hint-text">Votre aidant est prévenu, comme vous, quand une démarche avance.</span>
            </label>
          </div>
        </div>
      </fieldset>
      <button type="submit" className="fr-btn" disabled={disabled}>
        Créer l&apos;invitation
      </button>
    </form>
  );
}
