import { Badge } from "@codegouvfr/react-dsfr/Badge";

/** The "Facile à lire" badge above a FALC version, the same on every page of Comprendre. */
export function FalcBadge() {
  return (
    <div className="fr-mb-2w">
      <Badge severity="new" noIcon>
        Facile à lire
      </Badge>
    </div>
  );
}
