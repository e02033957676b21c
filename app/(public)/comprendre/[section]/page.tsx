import { Card } from "@codegouvfr/react-dsfr/Card";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { FalcBadge } from "@/components/content/FalcBadge";
import { FalcBlocks } from "@/components/content/FalcBlocks";
import { ReadingVersionSwitch } from "@/components/content/ReadingVersionSwitch";
import { PageLayout } from "@/components/PageLayout";
import { COMPRENDRE_PATH, contentPagePath, getContentSection, listContentPages, sectionFalc, sectionPath } from "@/lib/content";
import { getReadingVersion } from "@/lib/preferences/reading-version";
import { pageMetadata } from "@/lib/seo";

export type SectionPageProps = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const info = getContentSection((await params).section);
  if (!info) return { title: "Page non trouvée" };
  const title = (await getReadingVersion()) === "facile" ? sectionFalc(info.section).falcTitle : info.title;
  return pageMetadata({ title, description: info.description, path: sectionPath(info.section) });
}

export default async function SectionPage({ params }: SectionPageProps) {
  const info = getContentSection((await params).section);
  if (!info) notFound();
  const parents = [{ label: "Comprendre mes droits", href: COMPRENDRE_PATH }];
  const path = sectionPath(info.section);
  if ((await getReadingVersion()) === "facile") {
    const falc = sectionFalc(info.section);
    return (
      <PageLayout title={falc.falcTitle} parents={parents}>
        <FalcBadge />
        <ReadingVersionSwitch current="facile" path={path} />
        <FalcBlocks blocks={falc.falc} explains={falc.explains} />
        <ul className="fr-grid-row fr-grid-row--gutters portal-plain-list fr-mt-2w">
          {falc.summaries.map(({ page, text }) => (
            <li key={page.slug} className="fr-col-12 fr-col-md-6">
              <Card title={page.falcTitle} titleAs="h2" desc={text} linkProps={{ href: contentPagePath(page) }} enlargeLink border />
            </li>
          ))}
        </ul>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={info.title} lead={info.description} parents={parents}>
      <ReadingVersionSwitch current="standard" path={path} />
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
