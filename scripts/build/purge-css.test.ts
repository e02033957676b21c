import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ORIGINALS_DIR, purgeBuildStylesheets, purgeStylesheet, usedNames } from "./purge-css";

const kept = async (css: string, code: string, customProperties: string[] = []) => purgeStylesheet(css, usedNames([code]), new Set(customProperties));

describe("purgeStylesheet: which DSFR rules a page can use", () => {
  it.each([
    ["a class the markup writes", ".fr-btn{color:red}", 'jsx("button",{className:"fr-btn fr-btn--secondary"})'],
    ["a class the DSFR script adds with its prefix cut off", ".fr-collapse--expanded{max-height:none}", "api.addClass(`${config.prefix}-collapse--expanded`)"],
    ["a state the DSFR script sets on a block the markup writes", ".fr-modal--opened{opacity:1}", 'jsx("dialog",{className:"fr-modal"}); class n{static get instanceClassName(){return"Modal"}} OPENED:{id:"opened"}; this.modifier=this._selector+"--"+this.type.id'],
    ["a class the DSFR script names through its namespace", ".fr-table__shadow--left{box-shadow:none}", 'class t{static get instanceClassName(){return"Table"}} ns.selector("table__shadow--left")'],
    ["a class built from a template literal", ".fr-alert--info{color:blue}", "className:`fr-alert fr-alert--${severity}`"],
    ["a class built by concatenation", ".fr-tag--sm{font-size:small}", 'className:"fr-tag fr-tag--"+size'],
    ["a class built with concat()", ".fr-badge--success{color:green}", 'className:"fr-badge--".concat(severity)'],
    ["an icon's base rule, which only names the class attribute", '[class*=" fr-icon-"]:before{content:""}', 'className:"fr-icon-search-line"'],
    ["a state the page sets at run time", '.fr-nav__btn[aria-expanded=true]{color:blue}', 'className:"fr-nav__btn"'],
    ["the document's own elements", ":root{color:black}html{font-size:100%}body{margin:0}", ""],
  ])("keeps %s", async (_, css, code) => {
    expect(await kept(css, code)).toBe(css);
  });

  it.each([
    ["a component the portal never renders", ".fr-tabs{display:flex}", 'className:"fr-btn"'],
    ["a modifier nobody writes", ".fr-btn--tertiary{color:red}", 'className:"fr-btn fr-btn--secondary"'],
    ["a class whose name only starts with a written one", ".fr-btn-group{display:flex}", 'className:"fr-btn"'],
    ["a state of a block nobody writes", ".fr-tabs--opened{opacity:1}", 'class n{static get instanceClassName(){return"Modal"}} OPENED:{id:"opened"}'],
    ["a word of other code that a DSFR class happens to end with", ".fr-tabs{display:flex}", 'const tabs = ["tabs"]'],
  ])("removes %s", async (_, css, code) => {
    expect(await kept(css, code)).toBe("");
  });

  it("does not keep every class because some code writes `fr-` before a variable", async () => {
    expect(await kept(".fr-tabs{display:flex}", 'className:"fr-"+name')).toBe("");
  });

  it("keeps the custom properties that kept rules or other stylesheets use, and drops the others", async () => {
    const css = ":root{--text-title-grey:#161616;--blue-france-sun-113:#000091;--unused-grey:#ddd;--background-contrast-grey:#eee}.fr-btn{color:var(--blue-france-sun-113)}";
    const result = await kept(css, 'className:"fr-btn"', ["--background-contrast-grey"]);
    expect(result).toContain("--blue-france-sun-113:#000091");
    expect(result).toContain("--background-contrast-grey:#eee");
    expect(result).not.toContain("--unused-grey");
    expect(result).not.toContain("--text-title-grey");
  });

  it("does not count the custom properties react-dsfr's colour object names in the built code", async () => {
    const result = await kept(":root{--unused-grey:#ddd}", 'const colors={unusedGrey:"var(--unused-grey)"}');
    expect(result).not.toContain("--unused-grey");
  });
});

describe("purgeBuildStylesheets", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "purge-css-"));
    await mkdir(path.join(root, ".next", "static", "chunks"), { recursive: true });
    await mkdir(path.join(root, ".next", "server", "app"), { recursive: true });
    await mkdir(path.join(root, "components"), { recursive: true });
    await writeFile(path.join(root, ".next", "static", "chunks", "page.js"), 'jsx("div",{className:"fr-table"})');
    await writeFile(path.join(root, ".next", "server", "app", "page.js"), 'jsx("a",{className:"fr-link"})');
    await writeFile(path.join(root, ".next", "static", "chunks", "dsfr.css"), ":root{--grey:#eee;--blue:#009;--red:#f00}.fr-link{color:var(--blue)}.fr-tabs{color:red}");
    await writeFile(path.join(root, ".next", "static", "chunks", "table.css"), ".fr-table{background:var(--grey)}.fr-table--bordered{border:1px}");
    await writeFile(path.join(root, ".next", "static", "chunks", "map.css"), ".maplibregl-map{position:relative}.fr-unused{color:var(--red)}");
    await writeFile(path.join(root, "components", "Card.tsx"), "<p style={{ color: 'var(--grey)' }} />");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const read = (name: string) => readFile(path.join(root, ".next", "static", "chunks", name), "utf8");

  it("purges every DSFR stylesheet of the build, with the names of its server and client code", async () => {
    const purged = await purgeBuildStylesheets(path.join(root, ".next"), [path.join(root, "components")]);
    expect(purged.map((file) => file.file).sort()).toEqual(["static/chunks/dsfr.css", "static/chunks/table.css"]);
    expect(await read("dsfr.css")).toContain(".fr-link{color:var(--blue)}");
    expect(await read("dsfr.css")).not.toContain(".fr-tabs");
    expect(await read("table.css")).toBe(".fr-table{background:var(--grey)}");
  });

  it("keeps the core's colours that a component stylesheet, another stylesheet or the portal's code uses", async () => {
    await purgeBuildStylesheets(path.join(root, ".next"), [path.join(root, "components")]);
    expect(await read("dsfr.css")).toMatch(/--grey:#eee/);
    expect(await read("dsfr.css")).toMatch(/--red:#f00/);
  });

  it("keeps each stylesheet as Next.js wrote it, and gives the same files when it runs again", async () => {
    await purgeBuildStylesheets(path.join(root, ".next"), [path.join(root, "components")]);
    const first = await read("table.css");
    await purgeBuildStylesheets(path.join(root, ".next"), [path.join(root, "components")]);
    expect(await read("table.css")).toBe(first);
    expect(await readFile(path.join(root, ".next", ORIGINALS_DIR, "chunks", "table.css"), "utf8")).toBe(".fr-table{background:var(--grey)}.fr-table--bordered{border:1px}");
  });

  it("leaves MapLibre's stylesheet whole", async () => {
    await purgeBuildStylesheets(path.join(root, ".next"), [path.join(root, "components")]);
    expect(await read("map.css")).toBe(".maplibregl-map{position:relative}.fr-unused{color:var(--red)}");
  });

  it("refuses a folder without a build", async () => {
    await expect(purgeBuildStylesheets(path.join(root, "components"), [])).rejects.toThrow(/run next build first/);
  });
});
