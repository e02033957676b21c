import { fr } from "@codegouvfr/react-dsfr";
// The artwork itself, not react-dsfr's `Artwork`: that one reads a React context (white-label sites), which a server component cannot.
import { ArtworkGov } from "@codegouvfr/react-dsfr/Display/Artwork/ArtworkGov";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useId } from "react";

import { DISPLAY_SETTINGS_MODAL_ID } from "../display-settings-item";

/**
 * The DSFR "Paramètres d'affichage" dialog, as react-dsfr's `Display` renders
 * it but with an h2 title: react-dsfr gives the modal an h1, a second h1 on
 * every page for heading navigation. Same id as react-dsfr's dialog, so its
 * `headerFooterDisplayItem` buttons open this one; the DSFR script switches
 * the theme from the `fr-radios-theme` inputs. A server component: nothing in it needs React in the
 * browser, so it adds nothing to the page's JavaScript or to hydration (docs/adr/0012-page-weight.md).
 */
const modal = createModal({ id: DISPLAY_SETTINGS_MODAL_ID, isOpenedByDefault: false });

const THEMES = [
  { value: "light", label: "Thème clair" },
  { value: "dark", label: "Thème sombre" },
  { value: "system", label: "Système", hint: "Utilise les paramètres système." },
] as const;

export function DisplaySettingsDialog() {
  const id = useId();
  return (
    <modal.Component title="Paramètres d'affichage" titleAs="h2" size="small">
      <div className="fr-display">
        <div className="fr-form-group">
          <fieldset className={fr.cx("fr-fieldset")}>
            <legend className={fr.cx("fr-fieldset__legend", "fr-text--regular")}>
              Choisissez un thème pour personnaliser l&apos;apparence du site.
            </legend>
            <div className={fr.cx("fr-fieldset__content")}>
              {THEMES.map((theme) => (
                <div key={theme.value} className={fr.cx("fr-radio-group", "fr-radio-rich")}>
                  <input value={theme.value} type="radio" id={`${id}-${theme.value}`} name="fr-radios-theme" />
                  <label className={fr.cx("fr-label")} htmlFor={`${id}-${theme.value}`}>
                    {theme.label}
                    {"hint" in theme ? <span className={fr.cx("fr-hint-text")}>{theme.hint}</span> : null}
                  </label>
                  <div className={fr.cx("fr-radio-rich__img")}>
                    <ArtworkGov theme={theme.value} />
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      </div>
    </modal.Component>
  );
}
