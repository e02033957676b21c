import { CallOut } from "@codegouvfr/react-dsfr/CallOut";

import { DataTable } from "@/components/DataTable";
import type { Block } from "@/lib/content";

export type StandardBlocksProps = { blocks: readonly Block[] };

/** The standard version of a content page; every text is plain (no HTML). */
export function StandardBlocks({ blocks }: StandardBlocksProps) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        switch (block.kind) {
          case "heading":
            return <h2 key={key}>{block.text}</h2>;
          case "paragraph":
            return <p key={key}>{block.text}</p>;
          case "list":
            return (
              <ul key={key}>
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            );
          case "steps":
            return (
              <ol key={key} className="portal-steps">
                {block.items.map((step) => (
                  <li key={step.title}>
                    <strong>{step.title}</strong>
                    <p>{step.text}</p>
                  </li>
                ))}
              </ol>
            );
          case "facts":
            return (
              <dl key={key} className="portal-facts">
                {block.items.map((fact) => (
                  <div key={fact.term}>
                    <dt>{fact.term}</dt>
                    <dd>{fact.description}</dd>
                  </div>
                ))}
              </dl>
            );
          case "callout":
            return (
              <CallOut key={key} title={block.title} titleAs="h2" colorVariant={block.tone === "warning" ? "orange-terre-battue" : undefined}>
                {block.text}
              </CallOut>
            );
          case "table":
            return (
              <DataTable
                key={key}
                noScroll
                caption={block.caption}
                columns={block.columns}
                rows={block.rows.map((row) => ({ key: row.header, header: row.header, cells: row.cells }))}
              />
            );
        }
      })}
    </>
  );
}
