import { SkipLinks as DsfrSkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

export function SkipLinks() {
  return (
    <DsfrSkipLinks
      links={[
        { label: "Contenu", anchor: "#main" },
        { label: "Menu", anchor: "#header-main-navigation" },
        { label: "Pied de page", anchor: "#footer" },
      ]}
    />
  );
}
