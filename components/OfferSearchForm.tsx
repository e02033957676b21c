import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";

import { PlaceField } from "@/components/search/PlaceField";
import { audienceOptions, type SearchFormErrors } from "@/lib/search/client";

export type OfferSearchFormProps = {
  values?: { lieu?: string; public?: string };
  errors?: SearchFormErrors;
};

/** A native GET form: works without JavaScript and gives shareable result URLs. */
export function OfferSearchForm({ values = {}, errors = {} }: OfferSearchFormProps) {
  return (
    <form action="/recherche" method="get" aria-label="Rechercher une solution" noValidate>
      {/* The search page's "Où ?" with its commune suggestions; "Autour de moi" stays on the search
          page, so the home form keeps its short keyboard path (place, then "Pour qui ?"). */}
      <PlaceField defaultValue={values.lieu} error={errors.lieu} aroundMe={false} />
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
