import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { MesItemView } from "@/lib/mes/service";

import { MesItemsTable } from "./MesItemsTable";

const item = (state: MesItemView["state"]): MesItemView => ({
  id: `item-${state}`,
  flow: "agenda",
  title: "Visite d'admission",
  day: "2027-01-20",
  cancelled: false,
  state,
  sentAt: state === "envoye" ? new Date("2026-12-07T09:00:00Z") : null,
  updatedAt: new Date("2026-12-07T09:00:00Z"),
});

describe("MesItemsTable", () => {
  it("tells the person in words which items never reached Mon espace santé", () => {
    const html = renderToStaticMarkup(createElement(MesItemsTable, { items: [item("echoue"), item("en-attente"), item("envoye")] }));
    expect(html).toContain("Non envoyé : Mon espace santé n’a pas répondu");
    expect(html).toContain("En attente");
    expect(html).toMatch(/Envoyé<\/p><p[^>]*>le <time dateTime="2026-12-07T09:00:00.000Z">/);
  });
});
