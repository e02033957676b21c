"use client";

import { usePathname } from "next/navigation";

// Not "@/lib/site-map": it would bring the text of every information page into every page's JavaScript.
import { isCurrentSection, mainNavigation } from "@/lib/main-navigation";

import { Link } from "./Link";

/**
 * The header's main navigation: the DSFR's « navigation principale » markup for flat links.
 * A client component only for `aria-current` (the root layout is not rendered again on a
 * client-side navigation). Written here rather than with react-dsfr's `MainNavigation`, which
 * brings react-dsfr's `fr` object (every colour token, about 14 kB gzip) into the JavaScript
 * every page loads first (docs/adr/0012-page-weight.md).
 */
export function MainNavigation() {
  const pathname = usePathname();
  return (
    <nav id="main-navigation" className="fr-nav" role="navigation" aria-label="Menu principal">
      <ul className="fr-nav__list">
        {mainNavigation.map((item) => (
          <li key={item.path} className="fr-nav__item">
            <Link className="fr-nav__link" href={item.path} aria-current={isCurrentSection(pathname, item.path) ? "page" : undefined}>
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
