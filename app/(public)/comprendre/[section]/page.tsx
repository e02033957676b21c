import { Card } from "@codegouvfr/react-dsfr/Card";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PageLayout } from "@/components/PageLayout";
import { COMPRENDRE_PATH, contentPagePath, getContentSection, listContentPages, sectionPath } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

export type SectionPageProps = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const info = getContentSection((await params).section);
  return info ? pageMetadata({ title: info.title, description: info.description, path: sectionPath(info.section) }) : { title: "Page non trouvée" };
}

export default async function SectionPage({ params }: SectionPageProps) {
  const info = getContentSection((await params).section);
  if (!info) notFound();
  return (
    <PageLayout title={info.title} lead={info.description} parents={[{ label: "Comprendre mes droits", href: COMPRENDRE_PATH }]}>
      <ul className="fr-grid-row fr-grid-row--gutters portal-plain-list">
        {listContentPages(info.section).map((page) => (
          <li key={page.slug} className="fr-col-12 fr-col-md-6">
            <Card title={page.title} titleAs="h2" desc={page.summary} linkProps={{ href: contentPagePath(page) }} enlargeLink border />
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
