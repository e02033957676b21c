/**
 * Build steps around `next build` and `next dev` (package.json prebuild, postbuild, predev):
 * `tsx scripts/build/cli.ts subset-fonts` before, `… purge-css` and `… compile-hints` after the build.
 * All three are measured in docs/adr/0012-page-weight.md.
 */
import path from "node:path";

import { addCompileHints } from "./compile-hints";
import { purgeBuildStylesheets } from "./purge-css";
import { writeSubsets } from "./subset-fonts";

async function main(step: string | undefined): Promise<void> {
  const root = process.cwd();
  switch (step) {
    case "subset-fonts": {
      const target = path.join(root, "app", "fonts", "marianne");
      const written = await writeSubsets(root, target);
      console.log(`Marianne: ${written} face(s) subset to Latin in ${path.relative(root, target)}`);
      return;
    }
    case "compile-hints": {
      const marked = addCompileHints(path.join(root, ".next"));
      console.log(`Compile hint added to ${marked.length} root JavaScript file(s) of the build`);
      return;
    }
    case "purge-css": {
      for (const file of await purgeBuildStylesheets(path.join(root, ".next"), ["app", "components", "lib"].map((dir) => path.join(root, dir)))) {
        console.log(`DSFR stylesheet ${file.file}: ${file.bytesBefore} → ${file.bytesAfter} bytes`);
      }
      return;
    }
    default:
      throw new Error(`Unknown build step "${step ?? ""}": use subset-fonts, purge-css or compile-hints`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
