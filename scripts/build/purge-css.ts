// Removes from the build's DSFR stylesheets the rules no page of the portal can use (PurgeCSS), so that
// every page blocks on fewer bytes and its first style pass matches fewer rules. Measured in
// docs/adr/0012-page-weight.md. Run after `next build` (postbuild: scripts/build/cli.ts).
//
// A rule is kept when every class, id and tag it names appears somewhere in the built code, server and
// client: React's markup, react-dsfr's components and the DSFR's own script, which adds classes such as
// `fr-collapse--expanded` while the page runs. The ways of naming a class without writing it whole are
// covered too: the DSFR script names its classes without their prefix (`ns.selector("collapse")`) and adds
// states to the blocks it finds (`selector + "--" + "opened"`), so in its files every word counts with
// `fr-` before it, and `fr-<block>--<word>` counts when the block does; `-collapse--expanded` counts with
// `fr` before it; and a prefix written before a variable (`fr-alert--${severity}`, `"fr-btn--" + size`)
// keeps every class that starts with it. Attribute conditions (`[class*=" fr-icon-"]`, `[aria-expanded=true]`)
// never remove a rule on their own: their values are built at run time. Custom properties are kept when a
// kept rule or the code uses them.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { PurgeCSS } from "purgecss";

/** Where, under the build folder, the stylesheets are kept as Next.js wrote them (same paths as under `static/`). */
export const ORIGINALS_DIR = "purge-css-originals";

export type PurgedFile = { file: string; bytesBefore: number; bytesAfter: number };

/** Every file under `dir` whose name ends with one of `extensions`. */
function filesUnder(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const WORD = /[\w-]+/g;
/** A class name cut before a variable: `fr-alert--${`, `"fr-btn--" +`, `"fr-tag--".concat(`. */
const PREFIX_BEFORE_VARIABLE = /((?:fr)?-[\w-]*-)(?:\$\{|["'`]\s*\+|["'`]\.concat\()/g;

export type UsedNames = {
  words: Set<string>;
  prefixes: Set<string>;
  /** Words of the DSFR's script: it adds `${block}--${state}` (`fr-modal--opened`) to blocks it finds. */
  runtimeModifiers: Set<string>;
};

/** The DSFR's script (core and components): every class of its instances names itself, `static get instanceClassName()`. */
const DSFR_SCRIPT = "instanceClassName";

/**
 * The names the code can put in the page, read from the built code (`code`: file contents). Custom property
 * names are not counted: react-dsfr's colour object names every one of the DSFR's, and the portal uses none
 * of them through it (`purgeStylesheet` takes the ones used elsewhere).
 */
export function usedNames(code: Iterable<string>): UsedNames {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const runtimeModifiers = new Set<string>();
  for (const source of code) {
    const dsfrScript = source.includes(DSFR_SCRIPT);
    for (const [word] of source.matchAll(WORD)) {
      if (word.startsWith("--")) continue;
      words.add(word);
      if (word.startsWith("-")) words.add(`fr${word}`);
      // `ns.selector("table__shadow--left")`, `ns("collapsing")`: the DSFR's names without their prefix.
      else if (dsfrScript) {
        words.add(`fr-${word}`);
        runtimeModifiers.add(word);
      }
    }
    for (const match of source.matchAll(PREFIX_BEFORE_VARIABLE)) {
      const prefix = match[1] as string;
      prefixes.add(prefix.startsWith("fr-") ? prefix : `fr${prefix}`);
    }
  }
  // `fr-` alone (`"fr-" + name`) would keep everything: such a name is matched word by word instead.
  prefixes.delete("fr-");
  return { words, prefixes, runtimeModifiers };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The CSS with the rules `names` cannot match removed, and the custom properties neither its kept rules nor
 * `customProperties` (used outside it) use.
 */
export async function purgeStylesheet(css: string, names: UsedNames, customProperties: Set<string>): Promise<string> {
  const attributes = [...new Set([...css.matchAll(/\[([\w-]+)/g)].map((match) => match[1] as string))];
  const stateClasses = [...css.matchAll(/\.(fr-[\w-]+?)--([\w-]+)/g)]
    .filter(([, block, state]) => names.words.has(block as string) && names.runtimeModifiers.has(state as string))
    .map(([name]) => name.slice(1));
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: [...names.words, ...stateClasses].join(" "), extension: "txt" }],
    css: [{ raw: css }],
    defaultExtractor: (content) => content.split(" "),
    dynamicAttributes: attributes,
    variables: true,
    keyframes: true,
    fontFace: true,
    safelist: {
      standard: [/^:root$/, /^html$/, /^body$/],
      greedy: [...names.prefixes].map((prefix) => new RegExp(`(?:^|[.\\s])${escapeRegExp(prefix)}`)),
      variables: [...customProperties],
    },
  });
  if (!result) throw new Error("PurgeCSS returned no stylesheet");
  return result.css;
}

/** The DSFR's stylesheets of the build: the ones with `.fr-` rules (MapLibre's and the portal's own are left whole). */
function dsfrStylesheets(distDir: string): string[] {
  return filesUnder(path.join(distDir, "static"), [".css"]).filter((file) => {
    const css = readFileSync(file, "utf8");
    return css.includes(".fr-") && !css.includes(".maplibregl-");
  });
}

const CUSTOM_PROPERTY = /--[\w-]+/g;

/** The custom properties named in `texts`. */
export function customPropertiesIn(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const [name] of text.matchAll(CUSTOM_PROPERTY)) found.add(name);
  return found;
}

/**
 * Purges the DSFR stylesheets of the build in `distDir` in place. Class names come from all its JavaScript
 * and HTML; custom properties from the portal's own code under `sourceDirs` and the build's other stylesheets.
 */
export async function purgeBuildStylesheets(distDir: string, sourceDirs: string[]): Promise<PurgedFile[]> {
  const code = [...filesUnder(path.join(distDir, "static"), [".js"]), ...filesUnder(path.join(distDir, "server"), [".js", ".html"])];
  if (code.length === 0) throw new Error(`${distDir} holds no built JavaScript: run next build first`);
  const stylesheets = dsfrStylesheets(distDir);
  // The stylesheets as Next.js wrote them are kept beside the build, for e2e/journeys/purged-styles.spec.ts; a
  // second run purges them again from there, so running the step twice gives the same files.
  const originalOf = (file: string) => path.join(distDir, ORIGINALS_DIR, path.relative(path.join(distDir, "static"), file));
  for (const file of stylesheets) {
    if (existsSync(originalOf(file))) continue;
    mkdirSync(path.dirname(originalOf(file)), { recursive: true });
    copyFileSync(file, originalOf(file));
  }
  const allStylesheets = new Map(
    filesUnder(path.join(distDir, "static"), [".css"]).map((file) => [file, readFileSync(stylesheets.includes(file) ? originalOf(file) : file, "utf8")]),
  );
  // Read once: the custom properties the portal's own code names, and those each stylesheet names.
  const ownProperties = customPropertiesIn(sourceDirs.flatMap((dir) => filesUnder(dir, [".ts", ".tsx", ".css", ".scss"])).map((file) => readFileSync(file, "utf8")));
  const propertiesOf = new Map([...allStylesheets].map(([file, text]) => [file, customPropertiesIn([text])]));
  const names = usedNames(code.map((file) => readFileSync(file, "utf8")));
  const purged: PurgedFile[] = [];
  for (const file of stylesheets) {
    const css = allStylesheets.get(file) as string;
    // A component's stylesheet uses the colours the core's `:root` defines: what the others use stays.
    const used = new Set(ownProperties);
    for (const [other, properties] of propertiesOf) if (other !== file) for (const name of properties) used.add(name);
    const kept = await purgeStylesheet(css, names, used);
    writeFileSync(file, kept);
    purged.push({ file: path.relative(distDir, file), bytesBefore: Buffer.byteLength(css), bytesAfter: Buffer.byteLength(kept) });
  }
  return purged;
}
