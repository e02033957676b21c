import type { PrismaClient } from "@prisma/client";

/** A catalogue offer for integration tests: only what a test cares about, sensible defaults for the rest. */
export type OfferFixture = {
  id: string;
  latitude: number;
  longitude: number;
  typeSlug: string;
  groupSlug: string;
  publicSlugs?: string[];
  temporalites?: string[];
  modes?: string[];
  prixMensuel?: number;
  aideSociale?: boolean;
  listed?: boolean;
  description?: string;
  typeOffre?: string;
  accessibility?: string;
  /** Offers with the same value share one site (Structure "st-<value>", named "EHPAD Les Glycines"). */
  structure?: string;
};

/** Inserts each offer with its own location and structure (id `<source>--<local id>`). */
export async function insertOffers(prisma: PrismaClient, fixtures: readonly OfferFixture[]): Promise<void> {
  const fetchedAt = new Date("2026-11-01T00:00:00Z");
  for (const fixture of fixtures) {
    const point = { latitude: fixture.latitude, longitude: fixture.longitude };
    const site = fixture.structure ?? fixture.id;
    const structureId = `st-${site}`;
    if (!(await prisma.structure.findUnique({ where: { id: structureId } }))) {
      const name = fixture.structure ? "EHPAD Les Glycines" : fixture.id;
      await prisma.location.create({ data: { id: `loc-${site}`, addressLine: "1 rue de la Paix", postalCode: "69001", city: "Lyon", ...point } });
      await prisma.structure.create({ data: { id: structureId, name, normalizedName: name, fieldsSource: "ror", locationId: `loc-${site}`, ...point } });
    }
    await prisma.offer.create({
      data: {
        id: fixture.id,
        source: fixture.id.split("--")[0] ?? "ror",
        sourceLocalId: fixture.id,
        structureSourceKey: fixture.id,
        structureId,
        locationId: `loc-${site}`,
        typeOffre: fixture.typeOffre ?? null,
        accessibility: fixture.accessibility ?? null,
        name: `Offre ${fixture.id}`,
        description: fixture.description ?? null,
        typeSlug: fixture.typeSlug,
        groupSlug: fixture.groupSlug,
        publicSlugs: fixture.publicSlugs ?? ["personnes-agees"],
        publics: [],
        modesPriseEnCharge: fixture.modes ?? [],
        temporalites: fixture.temporalites ?? [],
        prixMensuel: fixture.prixMensuel ?? null,
        habilitationAideSociale: fixture.aideSociale ?? null,
        regulated: true,
        listed: fixture.listed ?? true,
        fetchedAt,
        contentHash: fixture.id,
        ...point,
      },
    });
  }
}
