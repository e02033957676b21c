"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState, useEffect, useRef } from "react";

import {
  CONTACT_ROLES,
  contactRoleLabels,
  GIR_VALUES,
  girLabels,
  LIVING_SITUATIONS,
  livingSituationLabels,
  orderedErrors,
  type ProfileField,
  type ProfileFormState,
  type ProfileFormValues,
} from "@/lib/profile/model";

export type ProfileFormProps = {
  /** The server function that validates and keeps the profile (it redirects on success). */
  action: (state: ProfileFormState, form: FormData) => Promise<ProfileFormState>;
  /** What the person declared before (or the FranceConnect e-mail), to start from. */
  initialValues: ProfileFormValues;
};

const fieldId = (field: ProfileField) => `profil-${field}`;
// react-dsfr names the inputs of a radio or checkbox group "<group id>-<index>" (and their labels after them).
const GROUPED_FIELDS: ReadonlySet<ProfileField> = new Set(["contactRole", "consentement"]);
const anchorId = (field: ProfileField) => (GROUPED_FIELDS.has(field) ? `${fieldId(field)}-0` : fieldId(field));

/**
 * The declared part of the profile. A server function posted by a plain form: it works
 * without JavaScript (the server answers the page with the messages), and with
 * JavaScript the same messages come back without a reload. `noValidate`: messages are
 * the DSFR French ones under each field, not the browser's bubbles.
 */
export function ProfileForm({ action, initialValues }: ProfileFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const summary = useRef<HTMLDivElement>(null);
  const values = state.status === "idle" ? initialValues : state.values;
  const errors = state.status === "invalid" ? state.errors : {};
  const attempt = state.status === "idle" ? 0 : state.attempt;

  useEffect(() => {
    // After a refused post, the summary takes the focus so that a screen reader reads what to fix.
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const fieldState = (field: ProfileField) =>
    errors[field] ? ({ state: "error", stateRelatedMessage: errors[field] } as const) : ({ state: "default" } as const);
  const text = (field: ProfileField, label: string, options: { hint?: string; autoComplete?: string; type?: string; inputMode?: "tel" | "email" | "numeric"; required?: boolean } = {}) => (
    <Input
      label={label}
      hintText={options.hint}
      {...fieldState(field)}
      nativeInputProps={{
        id: fieldId(field),
        name: field,
        type: options.type ?? "text",
        defaultValue: values[field],
        autoComplete: options.autoComplete,
        inputMode: options.inputMode,
        required: options.required,
        "aria-invalid": errors[field] ? true : undefined,
      }}
    />
  );

  const summaryItems = orderedErrors(errors);
  return (
    // A new key after each answer: the fields start again from what the server sent back.
    <form key={attempt} action={formAction} noValidate aria-labelledby="profil-formulaire-titre">
      <div ref={summary} tabIndex={-1}>
        {summaryItems.length > 0 ? (
          <Alert
            severity="error"
            className="fr-mb-4w"
            title={summaryItems.length === 1 ? "Une information est à corriger" : `${summaryItems.length} informations sont à corriger`}
            description={
              <ul>
                {summaryItems.map(({ field, message }) => (
                  <li key={field}>
                    <a href={`#${anchorId(field)}`}>{message}</a>
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        {state.status === "failed" ? <Alert severity="error" className="fr-mb-4w" title="Vos informations ne sont pas enregistrées" description={state.message} /> : null}
      </div>
      <p className="fr-hint-text">Les champs marqués d&apos;un astérisque (*) sont obligatoires.</p>

      <fieldset className="fr-fieldset" aria-labelledby="profil-adresse-legende">
        <legend className="fr-fieldset__legend" id="profil-adresse-legende">
          Où vous vivez
        </legend>
        <div className="fr-fieldset__element">{text("adresse", "Adresse (numéro et rue) *", { autoComplete: "street-address", required: true, hint: "Par exemple : 12 rue des Lilas, appartement 4" })}</div>
        <div className="fr-fieldset__element">{text("codePostal", "Code postal *", { autoComplete: "postal-code", inputMode: "numeric", required: true })}</div>
        <div className="fr-fieldset__element">{text("commune", "Commune *", { autoComplete: "address-level2", required: true })}</div>
        <div className="fr-fieldset__element">
          <Select
            label="Votre situation *"
            {...fieldState("situation")}
            nativeSelectProps={{ id: fieldId("situation"), name: "situation", defaultValue: values.situation, required: true, "aria-invalid": errors.situation ? true : undefined }}
          >
            <option value="" disabled>
              Choisissez votre situation
            </option>
            {LIVING_SITUATIONS.map((situation) => (
              <option key={situation} value={situation}>
                {livingSituationLabels[situation]}
              </option>
            ))}
          </Select>
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="profil-contact-legende">
        <legend className="fr-fieldset__legend" id="profil-contact-legende">
          Pour vous joindre
        </legend>
        <div className="fr-fieldset__element">{text("telephone", "Téléphone *", { type: "tel", autoComplete: "tel", inputMode: "tel", required: true, hint: "Par exemple : 06 12 34 56 78" })}</div>
        <div className="fr-fieldset__element">{text("courriel", "Adresse électronique", { type: "email", autoComplete: "email", inputMode: "email", hint: "Facultatif. Par exemple : nom@exemple.fr" })}</div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="profil-aides-legende">
        <legend className="fr-fieldset__legend" id="profil-aides-legende">
          Votre autonomie et votre retraite
        </legend>
        <div className="fr-fieldset__element">
          <Select
            label="Votre GIR *"
            hint="Le GIR (de 1 à 6) mesure le besoin d'aide. Il figure sur la décision d'APA. Si vous ne le connaissez pas, dites-le."
            {...fieldState("gir")}
            nativeSelectProps={{ id: fieldId("gir"), name: "gir", defaultValue: values.gir, required: true, "aria-invalid": errors.gir ? true : undefined }}
          >
            <option value="" disabled>
              Choisissez
            </option>
            {GIR_VALUES.map((gir) => (
              <option key={gir} value={gir}>
                {girLabels[gir]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-fieldset__element">{text("caisseRetraite", "Votre caisse de retraite", { hint: "Facultatif. Par exemple : Carsat Rhône-Alpes, MSA Ain-Rhône" })}</div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="profil-proche-legende profil-proche-aide">
        <legend className="fr-fieldset__legend" id="profil-proche-legende">
          La personne à contacter
          <span className="fr-hint-text" id="profil-proche-aide">
            Facultatif. Un proche qui vous aide, ou votre représentant légal : l&apos;établissement ou la MDPH pourra le joindre.
          </span>
        </legend>
        <div className="fr-fieldset__element">
          <RadioButtons
            id={fieldId("contactRole")}
            legend="Qui est cette personne ?"
            name="contactRole"
            {...fieldState("contactRole")}
            options={CONTACT_ROLES.map((role) => ({
              label: contactRoleLabels[role],
              nativeInputProps: { value: role, defaultChecked: values.contactRole === role },
            }))}
          />
        </div>
        <div className="fr-fieldset__element">{text("contactNom", "Son nom et son prénom", { autoComplete: "off" })}</div>
        <div className="fr-fieldset__element">{text("contactTelephone", "Son téléphone", { type: "tel", autoComplete: "off", inputMode: "tel" })}</div>
        <div className="fr-fieldset__element">{text("contactCourriel", "Son adresse électronique", { type: "email", autoComplete: "off", inputMode: "email" })}</div>
      </fieldset>

      <Checkbox
        id={fieldId("consentement")}
        className="fr-mt-4w"
        {...fieldState("consentement")}
        options={[
          {
            label: "J'accepte que le Portail Autonomie garde ces informations *",
            hintText:
              "Pour remplir à votre place le début de vos demandes (ViaTrajectoire pour une place en établissement, MDPH en ligne). Rien n'est envoyé sans que vous le demandiez, et chaque envoi est noté dans votre journal des partages. Vous pouvez modifier ou effacer ces informations à tout moment.",
            nativeInputProps: { name: "consentement", value: "oui" },
          },
        ]}
      />

      <button type="submit" className="fr-btn fr-mt-2w" disabled={pending}>
        Enregistrer mon profil
      </button>
    </form>
  );
}
