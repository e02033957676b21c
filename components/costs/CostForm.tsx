import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";

import { GIRS } from "@/lib/costs";

type Values = Partial<Record<string, string>>;

export type CostFormProps = {
  /** Where the GET form goes, with the fragment the result sits under (works without JavaScript). */
  action: string;
  /** Prefix of the field ids: several forms can share a page. */
  idPrefix: string;
  values: Values;
  errors: Values;
  /** EHPAD: housing aid, and the prices to type when the offer does not publish them. */
  kind: "ehpad" | "domicile";
  missingPrices?: { hebergement: boolean; dependance: boolean; dependance56: boolean };
  /** Other parameters of the page to keep (search, comparison selection). */
  hidden?: ReadonlyArray<readonly [string, string]>;
  submitLabel: string;
};

const GIR_HINTS: Record<number, string> = {
  1: "GIR 1 : besoin d'aide pour tout, présence continue",
  2: "GIR 2 : besoin d'aide pour la plupart des gestes",
  3: "GIR 3 : besoin d'aide plusieurs fois par jour pour le corps",
  4: "GIR 4 : besoin d'aide pour se lever, se laver ou s'habiller",
  5: "GIR 5 : aide ponctuelle pour la toilette, les repas, le ménage",
  6: "GIR 6 : autonome pour les gestes de la vie courante",
};

function amountProps(id: string, name: string, value: string | undefined, error: string | undefined) {
  return {
    state: error ? ("error" as const) : ("default" as const),
    stateRelatedMessage: error,
    nativeInputProps: { id, name, defaultValue: value ?? "", inputMode: "decimal" as const, autoComplete: "off", spellCheck: false },
  };
}

/** The figures of one person, as a GET form: the result is a shareable address, no account, no JavaScript. */
export function CostForm({ action, idPrefix, values, errors, kind, missingPrices, hidden = [], submitLabel }: CostFormProps) {
  const id = (field: string) => `${idPrefix}-${field}`;
  const errorList = Object.entries(errors).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return (
    <form method="get" action={action} noValidate className="portal-cost-form">
      {errorList.length > 0 ? (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>Vérifiez {errorList.length > 1 ? "ces champs" : "ce champ"} :</p>
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                <a href={`#${id(field)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <Select
        label="Niveau de perte d'autonomie (GIR)"
        hint="Il figure sur la notification de l'APA ou l'évaluation de l'établissement."
        state={errors.gir ? "error" : "default"}
        stateRelatedMessage={errors.gir}
        nativeSelectProps={{ id: id("gir"), name: "gir", defaultValue: values.gir ?? "" }}
      >
        <option value="" disabled>
          Choisissez le GIR
        </option>
        {GIRS.map((gir) => (
          <option key={gir} value={String(gir)}>
            {GIR_HINTS[gir]}
          </option>
        ))}
      </Select>
      <Input
        label="Ressources par mois, en euros"
        hintText="Retraites, pensions et autres revenus, avant impôt. En couple : les ressources des deux."
        {...amountProps(id("ressources"), "ressources", values.ressources, errors.ressources)}
      />
      <Checkbox
        // The fieldset carries the id (the error summary links to it); react-dsfr ties each label to its own input id.
        id={id("couple")}
        state={errors.couple ? "error" : "default"}
        stateRelatedMessage={errors.couple}
        options={[{ label: "Je vis en couple (marié, pacsé ou en concubinage)", nativeInputProps: { name: "couple", value: "oui", defaultChecked: values.couple === "oui" } }]}
      />
      {kind === "ehpad" ? (
        <Input
          label="Aide au logement (APL ou ALS) par mois, en euros (facultatif)"
          hintText="Laissez vide si vous ne savez pas : nous compterons 0 €."
          {...amountProps(id("aideLogement"), "aideLogement", values.aideLogement, errors.aideLogement)}
        />
      ) : (
        <Input
          label="Montant du plan d'aide par mois, en euros (facultatif)"
          hintText="Le plan proposé par le département. Laissez vide : nous prendrons le plafond de votre GIR."
          {...amountProps(id("plan"), "plan", values.plan, errors.plan)}
        />
      )}
      {missingPrices && (missingPrices.hebergement || missingPrices.dependance || missingPrices.dependance56) ? (
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">Prix de l&apos;établissement</legend>
          <p className="fr-hint-text fr-mx-1w">Nous ne connaissons pas tous les prix de cet établissement : indiquez ceux qui manquent, en euros par jour. L&apos;établissement vous les donne.</p>
          {missingPrices.hebergement ? (
            <Input label="Prix de l'hébergement, par jour" {...amountProps(id("hebergement"), "hebergement", values.hebergement, errors.hebergement)} />
          ) : null}
          {missingPrices.dependance ? (
            <Input label="Tarif dépendance de votre GIR, par jour" {...amountProps(id("dependance"), "dependance", values.dependance, errors.dependance)} />
          ) : null}
          {missingPrices.dependance56 ? (
            <Input
              label="Tarif dépendance GIR 5-6, par jour"
              hintText="En GIR 5 ou 6, laissez vide : c'est le tarif de votre GIR."
              {...amountProps(id("dependance56"), "dependance56", values.dependance56, errors.dependance56)}
            />
          ) : null}
        </fieldset>
      ) : null}
      <Button type="submit">{submitLabel}</Button>
    </form>
  );
}
