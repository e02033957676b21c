import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Metadata } from "next";
import Link from "next/link";

import { PageLayout } from "@/components/PageLayout";
import { CONTENT_SECTIONS, contentPagePath, listContentPages, ORIENTATION_PATH, sectionPath } from "@/lib/content";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Comprendre mes droits",
  description: "Les aides, les solutions, les démarches et les sites publics expliqués simplement. Chaque page existe aussi en version facile à lire.",
  path: "/comprendre",
});

export default function UnderstandPage() {
  return (
    <PageLayout
      title="Comprendre mes droits"
      lead="Les aides, les solutions, les démarches et les sites publics expliqués simplement. Chaque page existe aussi en version facile à lire."
    >
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
