import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { OfferContact, type OfferContactProps } from "./OfferContact";
import { OfferHours } from "./OfferHours";
import { OfferPrices, type OfferPricesProps } from "./OfferPrices";
import { OfferReception } from "./OfferReception";

const noPrices: OfferPricesProps["offer"] = {
  prixHebergementPermanent: null,
  prixHebergementTemporaire: null,
  tarifGir12: null,
  tarifGir34: null,
  tarifGir56: null,
  prixMensuel: null,
};

const contact: OfferContactProps["offer"] = {
  name: "Résidence Les Tilleuls",
  location: null,
  latitude: null,
  longitude: null,
  phone: null,
  email: null,
  website: null,
};

describe("offer page sections", () => {
  it("« Prix » says to ask the structure when no price is known", () => {
    const html = renderToStaticMarkup(createElement(OfferPrices, { offer: noPrices }));
    expect(html).toContain("<h2>Prix</h2>");
    expect(html).toContain("Prix non renseigné : demandez-le à la structure.");
  });

  it("« Horaires » is left out when the offer gives neither hours nor note", () => {
    expect(renderToStaticMarkup(createElement(OfferHours, { offer: { slots: [], openingHoursNote: null } }))).toBe("");
    expect(renderToStaticMarkup(createElement(OfferHours, { offer: { slots: [], openingHoursNote: "Sur rendez-vous." } }))).toContain("<p>Sur rendez-vous.</p>");
  });

  it("« Adresse et contact » links to a street map only when the offer has a position, and dials the phone", () => {
    expect(renderToStaticMarkup(createElement(OfferContact, { offer: contact }))).not.toContain("openstreetmap");
    const html = renderToStaticMarkup(createElement(OfferContact, { offer: { ...contact, latitude: 45.76, longitude: 4.84, phone: "04 72 00 00 00" } }));
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=45.76&amp;mlon=4.84#map=16/45.76/4.84"');
    expect(html).toMatch(/Téléphone : <a href="tel:[^"]+">04 72 00 00 00<\/a>/);
  });

  it("« Accueil » says what is not known rather than leaving it blank", () => {
    const html = renderToStaticMarkup(createElement(OfferReception, { offer: { modeLabels: [], capacity: null, habilitationAideSociale: null, accessibility: null } }));
    expect(html).toContain("<dt>Capacité</dt><dd>Non renseignée</dd>");
    expect(html).toContain("<dt>Habilité à l&#x27;aide sociale</dt><dd>Non renseigné</dd>");
    expect(html).toContain("Non renseignée : demandez à la structure.");
  });
});
