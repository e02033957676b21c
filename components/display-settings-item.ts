/**
 * The « Paramètres d'affichage » button of the header and the footer, as react-dsfr's
 * `headerFooterDisplayItem`: it opens `DisplaySettingsDialog` (same modal id). Kept here because
 * importing react-dsfr's `Display` module brings its client-side artwork components into the
 * JavaScript of every page (docs/adr/0012-page-weight.md).
 */
export const DISPLAY_SETTINGS_MODAL_ID = "fr-theme-modal";

export const displaySettingsItem = {
  iconId: "fr-icon-theme-fill",
  text: "Paramètres d'affichage",
  buttonProps: { "aria-controls": DISPLAY_SETTINGS_MODAL_ID, "data-fr-opened": false },
} as const;
