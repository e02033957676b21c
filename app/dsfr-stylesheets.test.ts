import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

// app/dsfr.scss loads only the DSFR components the portal uses (next.config.mjs aliases react-dsfr's
// whole-DSFR import to it). A page that starts using another component must add its stylesheet there,
// or it renders unstyled: this test reads the code for the components it uses.
const root = path.resolve(import.meta.dirname, "..");
const dsfrDir = path.join(root, "node_modules", "@codegouvfr", "react-dsfr", "dsfr", "component");
const stylesheet = readFileSync(path.join(root, "app", "dsfr.scss"), "utf8");
const loaded = new Set([...stylesheet.matchAll(/dsfr\/component\/([a-z]+)\//g)].map((match) => match[1] as string));

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

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function componentsInUse(): Map<string, string> {
  // Components with a stylesheet of their own (display, for one, is styled by the core).
  const components = new Set(
    readdirSync(dsfrDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(path.join(dsfrDir, entry.name)).includes(`${entry.name}.main.min.css`))
      .map((entry) => entry.name),
  );
  const used = new Map<string, string>();
  for (const file of [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))]) {
    const text = readFileSync(file, "utf8");
    for (const [, name] of text.matchAll(/@codegouvfr\/react-dsfr\/([A-Z][A-Za-z]+)/g)) {
      const sheet = STYLESHEET_OF[name as string] ?? (name as string).toLowerCase();
      if (components.has(sheet)) used.set(sheet, path.relative(root, file));
    }
    // Class names written by hand ("fr-accordion", "fr-table"…): a component's root class is its folder's name.
    for (const [, name] of text.matchAll(/["'` ]fr-([a-z]+)(?=[\s"'`_-])/g)) {
      if (components.has(name as string)) used.set(name as string, path.relative(root, file));
    }
  }
  return used;
}

describe("DSFR stylesheets", () => {
  it("app/dsfr.scss loads the stylesheet of every DSFR component the portal renders", () => {
    const missing = [...componentsInUse()].filter(([sheet]) => !loaded.has(sheet)).map(([sheet, file]) => `${sheet} (used in ${file})`);
    expect(missing).toEqual([]);
  });

  it("names only stylesheets that exist in the installed DSFR", () => {
    const names = [...stylesheet.matchAll(/"\.\.\/(node_modules\/[^"]+)"/g)].map((match) => match[1] as string);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(() => readFileSync(path.join(root, name)), name).not.toThrow();
  });
});
