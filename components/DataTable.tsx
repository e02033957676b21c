import { fr } from "@codegouvfr/react-dsfr";
import type { ReactNode } from "react";
import "@codegouvfr/react-dsfr/dsfr/component/table/table.main.min.css";

export type DataTableRow = {
  /** Stable React key of the row, e.g. the id of what it describes. */
  key: string;
  /** The row's own header (`<th scope="row">`), e.g. the name of what the row describes; absent for rows of data only. */
  header?: ReactNode;
  cells: readonly ReactNode[];
};

export type DataTableProps = {
  /** What the table shows: every table has one, as screen readers announce it. */
  caption: ReactNode;
  /** The caption is read by screen readers only, when a heading just above already says it. */
  captionHidden?: boolean;
  /**
   * Column headers (`<th scope="col">`), left to right, including the column of row headers when rows have them;
   * `null` leaves that corner cell empty.
   */
  columns: readonly ReactNode[];
  rows: readonly DataTableRow[];
  /** DSFR variants: lines between cells, cells that wrap their text, a table that never scrolls sideways. */
  bordered?: boolean;
  multiline?: boolean;
  noScroll?: boolean;
};

/**
 * The one DSFR table (`fr-table`, markup of DSFR 1.12+): caption, `scope` on every
 * header, optional row headers. react-dsfr's `Table` has no row headers, which the
 * comparison and the tables of rights need, so the portal renders its own.
 */
export function DataTable({ caption, captionHidden = false, columns, rows, bordered = false, multiline = false, noScroll = false }: DataTableProps) {
  return (
    <div className={fr.cx("fr-table", { "fr-table--bordered": bordered, "fr-table--multiline": multiline, "fr-table--no-scroll": noScroll })}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption className={captionHidden ? fr.cx("fr-sr-only") : undefined}>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((column, index) =>
                    // Positional: a column is its place in the table.
                    column === null ? (
                      <td key={index} />
                    ) : (
                      <th key={index} scope="col">
                        {column}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    {row.header !== undefined ? <th scope="row">{row.header}</th> : null}
                    {row.cells.map((cell, index) => (
                      <td key={index}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
