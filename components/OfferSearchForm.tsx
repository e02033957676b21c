import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";

import { audienceOptions, type SearchFormErrors } from "@/lib/search/search-params";

export type OfferSearchFormProps = {
  values?: { lieu?: string; public?: string };
  errors?: SearchFormErrors;
};

/** A native GET form: works without JavaScript and gives shareable result URLs. */
export function OfferSearchForm({ values = {}, errors = {} }: OfferSearchFormProps) {
  return (
    <form action="/recherche" method="get" aria-label="Rechercher une solution" noValidate>
      <Input
        label="Où ?"
        hintText="Commune ou code postal, par exemple : Lyon ou 69003"
        state={errors.lieu ? "error" : "default"}
        stateRelatedMessage={errors.lieu}
        nativeInputProps={{
          name: "lieu",
          defaultValue: values.lieu ?? "",
          autoComplete: "address-level2",
          maxLength: 100,
        }}
      />
      <RadioButtons
        legend="Pour qui ?"
        name="public"
        state={errors.public ? "error" : "default"}
        stateRelatedMessage={errors.public}
        options={audienceOptions.map((option) => ({
          label: option.label,
          nativeInputProps: { value: option.value, defaultChecked: values.public === option.value },
        }))}
      />
      <Button type="submit" iconId="fr-icon-search-line" iconPosition="left">
        Rechercher
      </Button>
    </form>
  );
}
