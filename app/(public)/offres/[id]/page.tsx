import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { OfferCostBlock } from "@/components/costs/OfferCostBlock";
import { OfferAudience } from "@/components/offer/OfferAudience";
import { OfferContact } from "@/components/offer/OfferContact";
import { OfferHours } from "@/components/offer/OfferHours";
import { OfferIntro } from "@/components/offer/OfferIntro";
import { OfferPrices } from "@/components/offer/OfferPrices";
import { OfferReception } from "@/components/offer/OfferReception";
import { OfferRequestSection } from "@/components/offer/OfferRequestSection";
import { OfferSources } from "@/components/offer/OfferSources";
import { OfferStructuredData } from "@/components/offer/OfferStructuredData";
import { PageLayout } from "@/components/PageLayout";
import { OfferCompareControls } from "@/components/search/OfferCompareControls";
import { acceptsAdmissionRequest } from "@/lib/applications/model";
import { EHPAD_COST_TYPES, estimateEhpad, keptParams, knownPricesOf } from "@/lib/costs";
import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { admissionRequestLink } from "@/lib/partners/handover";
import { getOfferDetails, handledByViaTrajectoire, offerJsonLd, parseSearchParams, searchHref } from "@/lib/search";
import { offerDescription, pageMetadata } from "@/lib/seo";

export type OfferPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(id: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // A malformed escape ("/offres/%E0%A4") names no offer: the 404 page, not a 500.
    return null;
  }
  return getOfferDetails(await getPrisma(), decoded);
}

export async function generateMetadata({ params }: OfferPageProps): Promise<Metadata> {
  const offer = await load((await params).id);
  if (!offer) return { title: "Page non trouvée" };
  return pageMetadata({ title: `${offer.name} – ${offer.typeLabel}`, description: offerDescription(offer), path: `/offres/${encodeURIComponent(offer.id)}` });
}

export default async function OfferPage({ params, searchParams }: OfferPageProps) {
  const { id } = await params;
  const offer = await load(id);
  if (!offer) notFound();
  const rawParams = await searchParams;
  const parsed = parseSearchParams(rawParams);
  // The search the person came from (place, filters, comparison): the breadcrumb and the comparison keep it.
  const query = parsed.ok ? parsed.query : {};
  const path = `/offres/${encodeURIComponent(offer.id)}`;

  return (
    <PageLayout title={offer.name} parents={[{ label: "Trouver une solution", href: searchHref(query) }]}>
      <OfferStructuredData data={offerJsonLd(offer, `${env().PORTAL_URL}${path}`)} />
      <OfferIntro offer={offer} />
      <OfferCompareControls offerId={offer.id} offerName={offer.name} path={path} query={query} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <OfferContact offer={offer} />
        <OfferRequestSection typeSlug={offer.typeSlug} viaTrajectoire={handledByViaTrajectoire(offer.groupSlug)} admissionHref={admissionRequestLink(offer.structure.finessEt)}
          placeRequestHref={acceptsAdmissionRequest(offer.typeSlug, offer.structure.finessEt) ? `/demander/place?offres=${encodeURIComponent(offer.id)}` : null}
        />
      </div>
      <OfferAudience offer={offer} />
      <OfferReception offer={offer} />
      <OfferHours offer={offer} />
      <OfferPrices offer={offer} />
      {EHPAD_COST_TYPES.has(offer.typeSlug) ? (
        <OfferCostBlock view={estimateEhpad(rawParams, knownPricesOf(offer))} known={knownPricesOf(offer)} path={path} hidden={keptParams(rawParams)} />
      ) : null}
      <OfferSources offer={offer} />
    </PageLayout>
  );
}
