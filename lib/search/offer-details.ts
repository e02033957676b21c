import type { PrismaClient } from "@prisma/client";

import type { OpeningSlot } from "@/lib/offers/domain";
import { plainLabel } from "@/lib/offers/display";
import { J19_MODE_PRISE_EN_CHARGE, J29_PUBLIC } from "@/lib/offers/nomenclatures";
import { offerGroup, offerType, PUBLICS } from "@/lib/offers/referentials";

export type OfferDetails = NonNullable<Awaited<ReturnType<typeof loadOffer>>> & {
  typeLabel: string;
  groupLabel: string;
  publicLabels: string[];
  modeLabels: string[];
  slots: OpeningSlot[];
};

async function loadOffer(prisma: PrismaClient, id: string) {
  return prisma.offer.findUnique({
    where: { id },
    include: { location: true, structure: { include: { provenances: { orderBy: { source: "asc" } } } } },
  });
}

function isSlot(value: unknown): value is OpeningSlot {
  if (typeof value !== "object" || value === null) return false;
  const slot = value as Record<string, unknown>;
  return typeof slot.day === "string" && typeof slot.opens === "string" && typeof slot.closes === "string";
}

/** Ids are `<source>--<localId>`: anything longer, or text PostgreSQL cannot store (NUL, a lone surrogate), names no offer. */
const NOT_AN_ID = /[\p{Cs}\u0000]/u;
const MAX_ID_LENGTH = 300;

/** One offer with everything its page shows, or null. */
export async function getOfferDetails(prisma: PrismaClient, id: string): Promise<OfferDetails | null> {
  if (id.length > MAX_ID_LENGTH || NOT_AN_ID.test(id)) return null;
  const offer = await loadOffer(prisma, id);
  if (!offer) return null;
  const publicLabels = offer.publicSlugs.map((slug) => PUBLICS.find((item) => item.slug === slug)?.label ?? slug);
  for (const code of offer.publics) {
    // Nomenclature labels keep their official abbreviations ("(PA)", "ESMS"): people read them spelled out.
    const official = J29_PUBLIC.concepts.get(code);
    const label = official ? plainLabel(official) : undefined;
    if (label && !publicLabels.includes(label)) publicLabels.push(label);
  }
  return {
    ...offer,
    typeLabel: offerType(offer.typeSlug)?.label ?? offer.typeSlug,
    groupLabel: offerGroup(offer.groupSlug)?.label ?? offer.groupSlug,
    publicLabels,
    modeLabels: offer.modesPriseEnCharge.map((code) => plainLabel(J19_MODE_PRISE_EN_CHARGE.concepts.get(code) ?? code)),
    slots: Array.isArray(offer.openingHours) ? offer.openingHours.filter(isSlot) : [],
  };
}

/** Several offers for the comparison, in the order asked; unknown ids are reported. */
export async function getOffersForComparison(prisma: PrismaClient, ids: readonly string[]) {
  const found = await Promise.all(ids.map((id) => getOfferDetails(prisma, id)));
  return { offers: found.filter((offer): offer is OfferDetails => offer !== null), missing: ids.filter((_id, index) => found[index] === null) };
}

/** Types whose admission request goes through ViaTrajectoire (EHPAD and disability establishments). */
export function handledByViaTrajectoire(groupSlug: string): boolean {
  return groupSlug === "en-etablissement";
}

/** schema.org description of the offer, for search engines (JSON-LD). */
export function offerJsonLd(offer: OfferDetails, url: string): Record<string, unknown> {
  const location = offer.location;
  return {
    "@context": "https://schema.org",
    "@type": "LocalBusiness",
    "@id": url,
    url,
    name: offer.name,
    description: offer.description ?? offer.typeLabel,
    additionalType: offer.typeLabel,
    ...(offer.phone ? { telephone: offer.phone } : {}),
    ...(offer.email ? { email: offer.email } : {}),
    ...(offer.website ? { sameAs: offer.website } : {}),
    ...(location
      ? {
          address: {
            "@type": "PostalAddress",
            streetAddress: location.addressLine ?? undefined,
            postalCode: location.postalCode ?? undefined,
            addressLocality: location.city ?? undefined,
            addressCountry: "FR",
          },
        }
      : {}),
    ...(offer.latitude !== null && offer.longitude !== null ? { geo: { "@type": "GeoCoordinates", latitude: offer.latitude, longitude: offer.longitude } } : {}),
    ...(offer.slots.length > 0
      ? {
          openingHoursSpecification: offer.slots.map((slot) => ({
            "@type": "OpeningHoursSpecification",
            dayOfWeek: `https://schema.org/${dayOfWeek[slot.day]}`,
            opens: slot.opens,
            closes: slot.closes,
          })),
        }
      : {}),
  };
}

const dayOfWeek: Record<OpeningSlot["day"], string> = {
  lundi: "Monday",
  mardi: "Tuesday",
  mercredi: "Wednesday",
  jeudi: "Thursday",
  vendredi: "Friday",
  samedi: "Saturday",
  dimanche: "Sunday",
};
