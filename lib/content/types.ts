import type { PictogramKey } from "./pictograms";

/**
 * The editorial content model. Pages are data: the integrator renders the
 * standard version from `standard` blocks and the FALC version from `falc` blocks.
 */

/** Sub-sections of "Comprendre mes droits" (route base /comprendre). */
export type ContentSection = "aides" | "solutions" | "demarches" | "guides";

export type ContentLink = {
  label: string;
  href: string;
  /** True for links that leave the portal: render with the DSFR external-link style and a new-window title. */
  external: boolean;
};

/** A block of the standard version. Text is plain: no HTML, no Markdown. */
export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: readonly string[] }
  | { kind: "steps"; items: readonly { title: string; text: string }[] }
  | { kind: "facts"; items: readonly { term: string; description: string }[] }
  | { kind: "callout"; title: string; text: string; tone: "info" | "warning" }
  /** A data table: one row header per row, one column header per column. */
  | { kind: "table"; caption: string; columns: readonly string[]; rows: readonly { header: string; cells: readonly string[] }[] };

/** One FALC line: one sentence, one idea, optionally illustrated by a pictogram. */
export type FalcLine = {
  text: string;
  pictogram?: PictogramKey;
};

/** A titled group of FALC lines. */
export type FalcBlock = {
  heading: string;
  lines: readonly FalcLine[];
};

export type ContentPage = {
  section: ContentSection;
  slug: string;
  /** Standard title (h1 of the standard version, and document title). */
  title: string;
  /** FALC title (h1 of the FALC version). */
  falcTitle: string;
  /** Standard lead paragraph; also the meta description. */
  summary: string;
  standard: readonly Block[];
  falc: readonly FalcBlock[];
  /** FALC glossary, abbreviation → one-sentence explanation; shown above the FALC text. */
  explains: Readonly<Record<string, string>>;
  related: readonly ContentLink[];
  /** Link to the offer search with the matching filter, when the page is about offers. */
  searchLink?: ContentLink;
};
