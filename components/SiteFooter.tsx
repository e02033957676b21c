import { Footer } from "@codegouvfr/react-dsfr/Footer";

import { DISPLAY_SETTINGS_MODAL_ID, displaySettingsItem } from "./display-settings-item";
import { SERVICE_NAME } from "./SiteHeader";

// The accessibility status stays "non compliant" until an RGAA audit says otherwise.
export function SiteFooter() {
  return (
    <Footer
      id="footer"
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      websiteMapLinkProps={{ href: "/plan-du-site" }}
      homeLinkProps={{ href: "/", title: `Accueil - ${SERVICE_NAME}` }}
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      contentDescription={`${SERVICE_NAME} est un prototype open source de service public : il rassemble les solutions d'aide et d'accompagnement pour les personnes âgées, les personnes en situation de handicap et leurs aidants, et le suivi de leurs démarches.`}
      bottomItems={[
        { text: "Données personnelles", linkProps: { href: "/donnees-personnelles" } },
        { text: displaySettingsItem.text, iconId: displaySettingsItem.iconId, buttonProps: { id: `${DISPLAY_SETTINGS_MODAL_ID}-control-button`, ...displaySettingsItem.buttonProps } },
      ]}
      license="Sauf mention contraire, les contenus de ce site sont disponibles sous licence etalab-2.0."
    />
  );
}
