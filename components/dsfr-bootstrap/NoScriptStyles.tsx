import { DISPLAY_SETTINGS_MODAL_ID } from "../display-settings-item";

/**
 * Without JavaScript, the DSFR "Menu" and "Voir le fil d'Ariane" buttons do
 * nothing and the display settings dialog cannot open: show what the buttons
 * hide, inline, and do not offer the dialog. Read only by browsers that run no
 * script (<noscript>), so a scripted page never flashes an open menu.
 */
const css = `
@media (max-width: 61.99em) {
  .fr-header__navbar .fr-btn--menu { display: none; }
  .fr-header .fr-header__menu.fr-modal {
    position: static; visibility: visible; opacity: 1; width: auto; height: auto; z-index: auto;
    background-color: transparent; overflow: visible; display: block;
  }
  .fr-header .fr-header__menu.fr-modal > .fr-container { padding-top: 0; padding-bottom: 1rem; height: auto; pointer-events: all; }
  .fr-header .fr-header__menu.fr-modal > .fr-container > .fr-btn--close { display: none; }
}
.fr-breadcrumb .fr-breadcrumb__button { display: none; }
.fr-breadcrumb .fr-collapse { --collapse-max-height: none; max-height: none; visibility: visible; overflow: visible; }
.fr-breadcrumb .fr-collapse::before { content: none; margin-top: 0; }
[aria-controls="${DISPLAY_SETTINGS_MODAL_ID}"] { display: none !important; }
`;

export type NoScriptStylesProps = {
  /** The request's CSP nonce: a browser without JavaScript still enforces the policy on this <style>. */
  nonce: string | undefined;
};

export function NoScriptStyles({ nonce }: NoScriptStylesProps) {
  return (
    <noscript>
      <style nonce={nonce} dangerouslySetInnerHTML={{ __html: css }} />
    </noscript>
  );
}
