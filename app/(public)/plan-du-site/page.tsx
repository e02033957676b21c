import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { PageLayout } from "@/components/PageLayout";
import { sectionTitles, siteRoutes, type SiteSection } from "@/lib/site-map";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Plan du site",
  description: "Toutes les pages du Portail Autonomie : services, informations sur vos droits et informations sur le site.",
  path: "/plan-du-site",
});

const sections: SiteSection[] = ["principal", "comprendre", "obligatoire"];

export default function SiteMapPage() {
  return (
    <PageLayout title="Plan du site">
      {sections.map((section) => (
        <section key={section} aria-labelledby={`plan-${section}`}>
          <h2 id={`plan-${section}`}>{sectionTitles[section]}</h2>
          <ul>
            {siteRoutes
              .filter((route) => route.section === section)
              .map((route) => (
                <li key={route.path}>
                  <Link href={route.path}>{route.title}</Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </PageLayout>
  );
}
