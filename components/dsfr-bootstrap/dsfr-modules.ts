/*
 * The DSFR's JavaScript for the components the portal renders, instead of the whole
 * dsfr.module.js that react-dsfr's `start` imports (110 kB minified, every component).
 * The core is loaded before, on its own (dsfr-core.ts, start-dsfr.ts); the components here
 * follow the order of the DSFR's own bundle.
 * Rendering a DSFR component with a script of its own (accordion, tabs, tooltip, sidemenu,
 * segmented control, range, password, tag, card or tile "download"…) means adding it here.
 */
import "@codegouvfr/react-dsfr/dsfr/scheme/scheme.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/button/button.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/checkbox/checkbox.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/toggle/toggle.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/modal/modal.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/navigation/navigation.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/header/header.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/display/display.module.js";
import "@codegouvfr/react-dsfr/dsfr/component/table/table.module.js";
