export type AcceptInvitationFormProps = {
  defaultCode?: string;
  /** French message of the last refusal, shown on the field. */
  error?: string;
};

/** "Saisir un code d'invitation": a POST form that works without JavaScript. */
export function AcceptInvitationForm({ defaultCode, error }: AcceptInvitationFormProps) {
  return (
    <form method="post" action="/api/aidants/acceptation" aria-labelledby="accepter-titre">
      <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="code-invitation">
          Code d&apos;invitation
          <span className="fr-hint-text">10 lettres et chiffres, avec ou sans tiret, par exemple ABCDE-23456.</span>
        </label>
        <input
          className={`fr-input${error ? " fr-input--error" : ""}`}
          id="code-invitation"
          name="code"
          type="text"
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={defaultCode}
          aria-describedby={error ? "code-invitation-erreur" : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p className="fr-error-text" id="code-invitation-erreur">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="fr-btn">
        Accepter l&apos;invitation
      </button>
    </form>
  );
}
