import { offerJsonLd, type OfferDetails } from "@/lib/search/offer-details";

export type OfferStructuredDataProps = { offer: OfferDetails; /** The page's absolute address. */ url: string };

/** The offer as schema.org data for search engines; `<` escaped so that no text of the offer can close the script. */
export function OfferStructuredData({ offer, url }: OfferStructuredDataProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(offerJsonLd(offer, url)).replace(/</g, "\\u003c") }} />;
}
