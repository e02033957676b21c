import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ContentLinks } from "@/components/content/ContentLinks";
import { FalcBadge } from "@/components/content/FalcBadge";
import { FalcBlocks } from "@/components/content/FalcBlocks";
import { ReadingVersionSwitch } from "@/components/content/ReadingVersionSwitch";
import { StandardBlocks } from "@/components/content/StandardBlocks";
import { PageLayout } from "@/components/PageLayout";
import { StructuredData } from "@/components/StructuredData";
import { COMPRENDRE_PATH, contentPagePath, getContentPage, getContentSection, sectionPath } from "@/lib/content";
import { env } from "@/lib/env";
import { getReadingVersion } from "@/lib/preferences/reading-version";
import { articleJsonLd, pageMetadata } from "@/lib/seo";

export type ContentPageProps = { params: Promise<{ section: string; slug: string }> };

export async function generateMetadata({ params }: ContentPageProps): Promise<Metadata> {
  const { section, slug } = await params;
  const page = getContentPage(section, slug);
  if (!page) return { title: "Page non trouvée" };
  // The tab and the history name the version the person reads, as its h1 does.
  const title = (await getReadingVersion()) === "facile" ? page.falcTitle : page.title;
  return pageMetadata({ title, description: page.summary, path: contentPagePath(page) });
}

export default async function ContentPageRoute({ params }: ContentPageProps) {
  const { section, slug } = await params;
  const page = getContentPage(section, slug);
  const info = getContentSection(section);
  if (!page || !info) notFound();
  const version = await getReadingVersion();
  const path = contentPagePath(page);
  const parents = [
    { label: "Comprendre mes droits", href: COMPRENDRE_PATH },
    { label: info.title, href: sectionPath(info.section) },
  ];
  const portalUrl = env().PORTAL_URL;
  const structuredData = <StructuredData data={articleJsonLd(page, `${portalUrl}${path}`, portalUrl)} />;
  const searchLink = page.searchLink ? (
    <Button linkProps={{ href: page.searchLink.href }} iconId="fr-icon-search-line" className="fr-mt-4w">
      {page.searchLink.label}
    </Button>
  ) : null;

  if (version === "facile") {
    return (
      <PageLayout title={page.falcTitle} parents={parents}>
        <FalcBadge />
        {structuredData}
        <ReadingVersionSwitch current="facile" path={path} />
        <FalcBlocks blocks={page.falc} explains={page.explains} />
        {searchLink}
        <ContentLinks title="Pour aller plus loin" links={page.related} />
      </PageLayout>
    );
  }
  return (
    <PageLayout title={page.title} lead={page.summary} parents={parents}>
      {structuredData}
      <ReadingVersionSwitch current="standard" path={path} />
      <StandardBlocks blocks={page.standard} />
      {searchLink}
      <ContentLinks title="Pour aller plus loin" links={page.related} />
    </PageLayout>
  );
}
