/*
 * The DSFR's core script, loaded before the components' (dsfr-modules.ts) and in a task of its
 * own: it defines `window.dsfr`, which each component module reads when it is evaluated.
 */
import "@codegouvfr/react-dsfr/dsfr/core/core.module.js";
