import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { DataTable, type DataTableProps } from "./DataTable";

const render = (props: DataTableProps) => renderToStaticMarkup(createElement(DataTable, props));

describe("DataTable", () => {
  const rights: DataTableProps = {
    caption: "Droits demandés et décisions",
    columns: ["Droit", "Décision"],
    rows: [
      { key: "aah", header: "Allocation aux adultes handicapés", cells: ["Accordé"] },
      { key: "pch", header: "Prestation de compensation du handicap", cells: ["Pas encore décidé"] },
    ],
  };

  it("announces its caption and scopes every header, so screen readers name each cell", () => {
    const html = render(rights);
    expect(html).toContain("<caption>Droits demandés et décisions</caption>");
    expect(html).toContain('<th scope="col">Droit</th><th scope="col">Décision</th>');
    expect(html).toContain('<tr><th scope="row">Allocation aux adultes handicapés</th><td>Accordé</td></tr>');
    expect(html).not.toMatch(/<th>/);
  });

  it("uses the DSFR table markup with the variants asked for", () => {
    expect(render(rights)).toMatch(/^<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content"><table>/);
    expect(render({ ...rights, bordered: true, multiline: true })).toMatch(/^<div class="fr-table fr-table--bordered fr-table--multiline">/);
    expect(render({ ...rights, noScroll: true })).toMatch(/^<div class="fr-table fr-table--no-scroll">/);
  });

  it("can keep its caption for screen readers only", () => {
    expect(render({ ...rights, captionHidden: true })).toContain('<caption class="fr-sr-only">Droits demandés et décisions</caption>');
  });

  it("leaves the corner above the row headers empty when asked", () => {
    const html = render({ caption: "Comparaison de 2 solutions", columns: [null, "Les Tilleuls", "Le Verger"], rows: [{ key: "type", header: "Type", cells: ["EHPAD", "EHPAD"] }] });
    expect(html).toContain('<thead><tr><td></td><th scope="col">Les Tilleuls</th><th scope="col">Le Verger</th></tr></thead>');
  });

  it("renders rows without a header as data cells only", () => {
    const html = render({ caption: "Journal", columns: ["Date", "Aidant"], rows: [{ key: "1", cells: ["3 mars", "Paul Martin"] }] });
    expect(html).toContain("<tbody><tr><td>3 mars</td><td>Paul Martin</td></tr></tbody>");
  });
});
