import type { SentField } from "@/lib/applications/model";

export type SentFieldsProps = { fields: readonly SentField[] };

/** What the portal sends, field by field, with where each value comes from. */
export function SentFields({ fields }: SentFieldsProps) {
  return (
    <dl className="fr-mb-4w">
      {fields.map((field) => (
        <div key={field.label} className="fr-mb-2w">
          <dt className="fr-text--bold">{field.label}</dt>
          <dd className="fr-ml-0">
            {field.value} <span className="fr-hint-text">{field.source === "FranceConnect" ? "Donné par FranceConnect" : "Donné dans votre profil"}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
