import { SkipLinks as DsfrSkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

export function SkipLinks() {
  return (
    <DsfrSkipLinks
      links={[
        { label: "Contenu", anchor: "#main" },
        // The header, not its navigation: on a phone the navigation sits in the closed menu dialog, hidden,
        // and a skip link to a hidden target leads nowhere (axe and Lighthouse "skip-link").
        { label: "Menu", anchor: "#header" },
        { label: "Pied de page", anchor: "#footer" },
      ]}
    />
  );
}
