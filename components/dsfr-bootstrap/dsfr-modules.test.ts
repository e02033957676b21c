import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { sheetsLoaded } from "@/app/dsfr-stylesheets.test-support";

// dsfr-modules.ts loads the DSFR scripts of the components the portal renders, not the whole DSFR bundle.
// A component with a script of its own that loses it keeps its look but stops working (a menu that does
// not open): the components whose stylesheets the portal loads (app/dsfr.scss, or the component that renders them) are the ones it renders.
const root = path.resolve(import.meta.dirname, "..", "..");
const dsfrDir = path.join(root, "node_modules", "@codegouvfr", "react-dsfr", "dsfr");
const modules = readFileSync(path.join(import.meta.dirname, "dsfr-modules.ts"), "utf8");
const core = readFileSync(path.join(import.meta.dirname, "dsfr-core.ts"), "utf8");
const start = readFileSync(path.join(import.meta.dirname, "start-dsfr.ts"), "utf8");
const imported = [...modules.matchAll(/^import "@codegouvfr\/react-dsfr\/dsfr\/([^"]+)";$/gm)].map((match) => match[1] as string);
const styled = [...sheetsLoaded()];

/** Components whose script only serves a variant the portal does not render. */
const SCRIPT_NOT_NEEDED: Record<string, string> = {
  card: "only the download card (file size and type read from the link)",
  tile: "only the download tile",
  tag: "only selectable and dismissible tags; the portal's tags are links or plain",
};

describe("DSFR scripts", () => {
  it("starts the script of every DSFR component the portal renders", () => {
    const withScript = styled.filter((name) => existsSync(path.join(dsfrDir, "component", name, `${name}.module.js`)));
    expect(withScript.length).toBeGreaterThan(5);
    const missing = withScript.filter((name) => !(name in SCRIPT_NOT_NEEDED) && !imported.includes(`component/${name}/${name}.module.js`));
    expect(missing).toEqual([]);
    // The theme switch of « Paramètres d'affichage » is styled by the core but driven by the display and scheme scripts.
    expect(imported).toEqual(expect.arrayContaining(["component/display/display.module.js", "scheme/scheme.module.js"]));
  });

  it("loads the core before the components and names only scripts of the installed DSFR", () => {
    expect(core).toMatch(/^import "@codegouvfr\/react-dsfr\/dsfr\/core\/core.module.js";$/m);
    expect(imported).not.toContain("core/core.module.js");
    expect(start.indexOf('import("./dsfr-core")')).toBeGreaterThan(-1);
    expect(start.indexOf('import("./dsfr-core")')).toBeLessThan(start.indexOf('.then(components)'));
    for (const name of imported) expect(existsSync(path.join(dsfrDir, name)), name).toBe(true);
  });
});
