import { Link } from "@/components/Link";

import type { ContentLink } from "@/lib/content";

export type ContentLinksProps = { title: string; links: readonly ContentLink[] };

export function ContentLinks({ title, links }: ContentLinksProps) {
  if (links.length === 0) return null;
  return (
    <section className="fr-mt-6w" aria-label={title}>
      <h2 className="fr-h4">{title}</h2>
      <ul>
        {links.map((link) =>
          link.external ? (
            <li key={link.href}>
              <a className="fr-link" href={link.href} target="_blank" rel="noopener noreferrer" title={`${link.label} - nouvelle fenêtre`}>
                {link.label}
              </a>
            </li>
          ) : (
            <li key={link.href}>
              <Link className="fr-link" href={link.href}>
                {link.label}
              </Link>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
