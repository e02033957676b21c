"use client";

import { useRef, useState, type FormEvent } from "react";

import { AIDANT_LABEL_MAX_LENGTH, invitationFieldErrors, type InvitationFieldErrors } from "@/lib/mandates/client";

export type InvitationFormProps = {
  disabled?: boolean;
  /** Errors the server found in the last post (the form also works without JavaScript). */
  initialErrors?: InvitationFieldErrors;
};

/**
 * "Inviter un aidant": a POST form that works without JavaScript. `noValidate`:
 * errors are DSFR French messages on the fields (checked here before sending,
 * and by the server), not the browser's own bubbles.
 */
export function InvitationForm({ disabled = false, initialErrors = {} }: InvitationFormProps) {
  const [errors, setErrors] = useState<InvitationFieldErrors>(initialErrors);
  const labelInput = useRef<HTMLInputElement>(null);
  const firstScope = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const found = invitationFieldErrors(String(form.get("aidantLabel") ?? ""), form.getAll("scopes").map(String));
    setErrors(found);
    if (Object.keys(found).length === 0) return;
    event.preventDefault();
    (found.aidantLabel ? labelInput : firstScope).current?.focus();
  }

  return (
    <form method="post" action="/api/aidants/invitations" aria-labelledby="inviter-titre" noValidate onSubmit={onSubmit}>
      <div className={`fr-input-group${errors.aidantLabel ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="aidant-nom">
          Nom de votre aidant
          <span className="fr-hint-text">Pour le reconnaître dans la liste, par exemple : Marc, mon fils.</span>
        </label>
        <input
          ref={labelInput}
          className={`fr-input${errors.aidantLabel ? " fr-input--error" : ""}`}
          id="aidant-nom"
          name="aidantLabel"
          type="text"
          required
          maxLength={AIDANT_LABEL_MAX_LENGTH}
          autoComplete="off"
          disabled={disabled}
          // Without JavaScript the server's answer puts the focus back on the field in error.
          autoFocus={Boolean(initialErrors.aidantLabel)}
          aria-invalid={errors.aidantLabel ? true : undefined}
          aria-describedby={errors.aidantLabel ? "aidant-nom-erreur" : undefined}
        />
        {errors.aidantLabel ? (
          <p className="fr-error-text" id="aidant-nom-erreur">
            {errors.aidantLabel}
          </p>
        ) : null}
      </div>
      <fieldset
        className={`fr-fieldset${errors.scopes ? " fr-fieldset--error" : ""}`}
        aria-labelledby={`aidant-autorisations-legende aidant-autorisations-aide${errors.scopes ? " aidant-autorisations-erreur" : ""}`}
      >
        <legend className="fr-fieldset__legend fr-text--regular" id="aidant-autorisations-legende">
          Ce que votre aidant pourra faire
          <span className="fr-hint-text" id="aidant-autorisations-aide">
            Cochez au moins une case. Votre aidant ne pourra jamais modifier vos démarches.
          </span>
        </legend>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input ref={firstScope} type="checkbox" id="aidant-voir-demarches" name="scopes" value="voir-demarches" defaultChecked disabled={disabled} />
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
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input type="checkbox" id="aidant-preparer-demandes" name="scopes" value="preparer-demandes" disabled={disabled} />
            <label className="fr-label" htmlFor="aidant-preparer-demandes">
              Préparer mes demandes
              <span className="fr-hint-text">Votre aidant peut préparer une demande de place ou une demande à la MDPH avec vos informations ; c&apos;est vous qui la signez.</span>
            </label>
          </div>
        </div>
        {errors.scopes ? (
          <div className="fr-messages-group" aria-live="polite">
            <p className="fr-message fr-message--error" id="aidant-autorisations-erreur">
              {errors.scopes}
            </p>
          </div>
        ) : null}
      </fieldset>
      <button type="submit" className="fr-btn" disabled={disabled}>
        Créer l&apos;invitation
      </button>
    </form>
  );
}
