import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** For the tests on the DSFR's stylesheets and scripts: where the portal loads each DSFR component's stylesheet. */
export const root = path.resolve(import.meta.dirname, "..");

/** The portal's own source files (app/ and components/), tests left out. */
export function sourceFiles(folder = root): string[] {
  if (folder === root) return [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.includes(".test-support.") ? [full] : [];
  });
}

const COMPONENT_SHEET = /react-dsfr\/dsfr\/component\/([a-z]+)\//g;

/** Component stylesheets app/dsfr.scss loads on every page. */
export const sheetsOnEveryPage = new Set([...readFileSync(path.join(root, "app", "dsfr.scss"), "utf8").matchAll(COMPONENT_SHEET)].map((match) => match[1] as string));

/** Component stylesheets a source file imports itself (loaded on the pages that render it), by file. */
export function sheetsImportedBy(file: string): Set<string> {
  return new Set([...readFileSync(file, "utf8").matchAll(/^import "@codegouvfr\/react-dsfr\/dsfr\/component\/([a-z]+)\/\1\.main\.min\.css";$/gm)].map((match) => match[1] as string));
}

/** Every component stylesheet the portal loads, on every page or on some. */
export function sheetsLoaded(): Set<string> {
  return new Set([...sheetsOnEveryPage, ...sourceFiles().flatMap((file) => [...sheetsImportedBy(file)])]);
}
