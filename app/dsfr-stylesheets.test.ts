import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { root, sheetsImportedBy, sheetsOnEveryPage, sourceFiles } from "./dsfr-stylesheets.test-support";

// app/dsfr.scss loads only the DSFR components the portal uses (next.config.mjs aliases react-dsfr's
// whole-DSFR import to it); a component that one portal component alone renders has its stylesheet imported
// by that component instead, so that it loads only on the pages that render it. A file that starts using
// another component must add its stylesheet to one or the other, or it renders unstyled: this test reads
// the code for the components it uses.
const dsfrDir = path.join(root, "node_modules", "@codegouvfr", "react-dsfr", "dsfr", "component");
const stylesheet = readFileSync(path.join(root, "app", "dsfr.scss"), "utf8");

/** react-dsfr components whose DSFR stylesheet has another name. */
const STYLESHEET_OF: Record<string, string> = {
  RadioButtons: "radio",
  SkipLinks: "skiplink",
  MainNavigation: "navigation",
  FranceConnectButton: "connect",
  CallOut: "callout",
  ToggleSwitch: "toggle",
  Tabs: "tab",
  SideMenu: "sidemenu",
  PasswordInput: "password",
  SegmentedControl: "segmented",
  ButtonsGroup: "button",
  SearchBar: "search",
  LanguageSelect: "translate",
  ConsentBanner: "consent",
};

/** Each DSFR component stylesheet the code uses, with the files that use it. */
function componentsInUse(): Map<string, string[]> {
  // Components with a stylesheet of their own (display, for one, is styled by the core).
  const components = new Set(
    readdirSync(dsfrDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(path.join(dsfrDir, entry.name)).includes(`${entry.name}.main.min.css`))
      .map((entry) => entry.name),
  );
  const used = new Map<string, string[]>();
  const record = (sheet: string, file: string) => used.set(sheet, [...(used.get(sheet) ?? []), file]);
  for (const file of sourceFiles()) {
    const text = readFileSync(file, "utf8");
    for (const [, name] of text.matchAll(/@codegouvfr\/react-dsfr\/([A-Z][A-Za-z]+)/g)) {
      const sheet = STYLESHEET_OF[name as string] ?? (name as string).toLowerCase();
      if (components.has(sheet)) record(sheet, file);
    }
    // Class names written by hand ("fr-accordion", "fr-table"…): a component's root class is its folder's name.
    for (const [, name] of text.matchAll(/["'` ]fr-([a-z]+)(?=[\s"'`_-])/g)) {
      if (components.has(name as string)) record(name as string, file);
    }
  }
  return used;
}

describe("DSFR stylesheets", () => {
  it("loads the stylesheet of every DSFR component the portal renders, on every page or with the file that renders it", () => {
    const missing = [...componentsInUse()].flatMap(([sheet, files]) =>
      sheetsOnEveryPage.has(sheet) ? [] : files.filter((file) => !sheetsImportedBy(file).has(sheet)).map((file) => `${sheet} (used in ${path.relative(root, file)})`),
    );
    expect(missing).toEqual([]);
  });

  it("leaves out of every page the stylesheets of components one portal component alone renders", () => {
    // The point of importing them there: they must not be loaded on every page as well.
    const importedByComponents = sourceFiles().flatMap((file) => [...sheetsImportedBy(file)]);
    expect(importedByComponents).toEqual(expect.arrayContaining(["table", "pagination"]));
    expect(importedByComponents.filter((sheet) => sheetsOnEveryPage.has(sheet))).toEqual([]);
  });

  it("names only stylesheets that exist in the installed DSFR", () => {
    const names = [...stylesheet.matchAll(/"\.\.\/(node_modules\/[^"]+)"/g)].map((match) => match[1] as string);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(() => readFileSync(path.join(root, name)), name).not.toThrow();
  });
});
