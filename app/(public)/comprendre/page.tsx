import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { FalcBadge } from "@/components/content/FalcBadge";
import { FalcBlocks } from "@/components/content/FalcBlocks";
import { ReadingVersionSwitch } from "@/components/content/ReadingVersionSwitch";
import { PageLayout } from "@/components/PageLayout";
import { COMPRENDRE_FALC, COMPRENDRE_PATH, CONTENT_SECTIONS, contentPagePath, listContentPages, ORIENTATION_FALC, ORIENTATION_PATH, SECTION_FALC, sectionPath } from "@/lib/content";
import { getReadingVersion } from "@/lib/preferences/reading-version";
import { pageMetadata } from "@/lib/seo";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: (await getReadingVersion()) === "facile" ? COMPRENDRE_FALC.falcTitle : "Comprendre mes droits",
    description: "Les aides, les solutions, les démarches et les sites publics expliqués simplement. Chaque page existe aussi en version facile à lire.",
    path: COMPRENDRE_PATH,
  });
}

export default async function UnderstandPage() {
  if ((await getReadingVersion()) === "facile") {
    return (
      <PageLayout title={COMPRENDRE_FALC.falcTitle}>
        <FalcBadge />
        <ReadingVersionSwitch current="facile" path={COMPRENDRE_PATH} />
        <FalcBlocks blocks={COMPRENDRE_FALC.falc} explains={COMPRENDRE_FALC.explains} />
        <Button linkProps={{ href: ORIENTATION_PATH }} className="fr-mb-4w">
          {ORIENTATION_FALC.falcTitle}
        </Button>
        {CONTENT_SECTIONS.map((info) => (
          <section key={info.section} aria-labelledby={`rubrique-${info.section}`} className="fr-mb-4w">
            <h2 id={`rubrique-${info.section}`}>
              <Link href={sectionPath(info.section)}>{SECTION_FALC[info.section].falcTitle}</Link>
            </h2>
            <ul>
              {listContentPages(info.section).map((page) => (
                <li key={page.slug}>
                  <Link href={contentPagePath(page)}>{page.falcTitle}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </PageLayout>
    );
  }
  return (
    <PageLayout
      title="Comprendre mes droits"
      lead="Les aides, les solutions, les démarches et les sites publics expliqués simplement. Chaque page existe aussi en version facile à lire."
    >
      <ReadingVersionSwitch current="standard" path={COMPRENDRE_PATH} />
      <div className="fr-callout fr-mb-6w">
        <h2 className="fr-callout__title">Vous ne savez pas par où commencer ?</h2>
        <p className="fr-callout__text">Répondez à 4 questions : nous vous indiquons où aller.</p>
        <Button linkProps={{ href: ORIENTATION_PATH }}>Que voulez-vous faire ?</Button>
      </div>
      {CONTENT_SECTIONS.map((info) => (
        <section key={info.section} aria-labelledby={`rubrique-${info.section}`} className="fr-mb-4w">
          <h2 id={`rubrique-${info.section}`}>
            <Link href={sectionPath(info.section)}>{info.title}</Link>
          </h2>
          <p>{info.description}</p>
          <ul>
            {listContentPages(info.section).map((page) => (
              <li key={page.slug}>
                <Link href={contentPagePath(page)}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageLayout>
  );
}
