import { getPictogram, type FalcBlock } from "@/lib/content";

export type FalcBlocksProps = { blocks: readonly FalcBlock[]; explains: Readonly<Record<string, string>> };

/** The FALC version: a glossary first, then short lines, one idea each, with pictograms. */
export function FalcBlocks({ blocks, explains }: FalcBlocksProps) {
  const glossary = Object.entries(explains);
  return (
    <div className="portal-falc">
      {glossary.length > 0 ? (
        <section aria-labelledby="falc-mots-difficiles" className="portal-falc__glossary">
          <h2 id="falc-mots-difficiles">Les mots difficiles</h2>
          <dl>
            {glossary.map(([word, explanation]) => (
              <div key={word}>
                <dt>{word}</dt>
                <dd>{explanation}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {blocks.map((block) => (
        <section key={block.heading}>
          <h2>{block.heading}</h2>
          <ul className="portal-falc__lines">
            {block.lines.map((line) => {
              const pictogram = line.pictogram ? getPictogram(line.pictogram) : undefined;
              return (
                <li key={line.text}>
                  {pictogram ? (
                    <span className={`${pictogram.iconClassName} fr-icon--lg portal-falc__pictogram`} role="img" aria-label={pictogram.alt} />
                  ) : (
                    <span className="portal-falc__pictogram" aria-hidden="true" />
                  )}
                  <span>{line.text}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
