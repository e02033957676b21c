import { jsonLdText } from "@/lib/seo";

export type StructuredDataProps = { /** schema.org data built by `lib/seo` (Article, WebSite…). */ data: object };

/** schema.org data for search engines. A JSON data block is never executed, so the CSP nonce is not needed. */
export function StructuredData({ data }: StructuredDataProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
