export type OfferStructuredDataProps = { /** The offer as schema.org data (`offerJsonLd`, built by the page). */ data: object };

/** The offer as schema.org data for search engines; `<` escaped so that no text of the offer can close the script. */
export function OfferStructuredData({ data }: OfferStructuredDataProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
