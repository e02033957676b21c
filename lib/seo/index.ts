export { offerDescription, pageMetadata, rootMetadata, SERVICE_NAME, SITE_DESCRIPTION, type OfferDescriptionInput, type PageMetadataInput } from "./metadata";
export { robotsRules } from "./robots";
export { countIndexedOffers, currentOfferSitemapIds, isPublicPath, offerSitemapIds, offersSitemap, offerUrl, pagesSitemap, sitemapUrls, URLS_PER_SITEMAP } from "./sitemap";
export { articleJsonLd, jsonLdText, websiteJsonLd } from "./structured-data";
