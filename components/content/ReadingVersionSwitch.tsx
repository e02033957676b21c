import type { ReadingVersion } from "@/lib/preferences/reading-version";

export type ReadingVersionSwitchProps = { current: ReadingVersion; path: string };

/** Switches between the standard and the FALC version; a form, so it works without JavaScript. */
export function ReadingVersionSwitch({ current, path }: ReadingVersionSwitchProps) {
  const next = current === "facile" ? "standard" : "facile";
  return (
    <form method="post" action="/api/preferences/version" className="fr-mb-4w">
      <input type="hidden" name="version" value={next} />
      <input type="hidden" name="retour" value={path} />
      <button type="submit" className={`fr-btn fr-btn--secondary fr-btn--icon-left ${next === "facile" ? "fr-icon-eye-line" : "fr-icon-file-text-line"}`}>
        {next === "facile" ? "Version facile à lire" : "Version standard"}
      </button>
    </form>
  );
}
