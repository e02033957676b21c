import { fr } from "@codegouvfr/react-dsfr";
import { Link } from "@/components/Link";

export type BreadcrumbProps = {
  /** Pages between "Accueil" and the current page. */
  segments: Array<{ label: string; href: string }>;
  currentPageLabel: string;
};

const COLLAPSE_ID = "fil-d-ariane";

/**
 * The DSFR breadcrumb, server-rendered. Unlike react-dsfr's, the current page is
 * a `<span aria-current="page">` and not an `<a>` without `href`: search
 * engines (and Lighthouse's crawlable-anchors audit) read an anchor inside the
 * DSFR script's listeners as a link they cannot follow. The DSFR styles the
 * item by its class and `aria-current`, so it looks the same.
 */
export function Breadcrumb({ segments, currentPageLabel }: BreadcrumbProps) {
  const links = [{ label: "Accueil", href: "/" }, ...segments];
  return (
    <nav role="navigation" className={fr.cx("fr-breadcrumb")} aria-label="vous êtes ici :">
      <button type="button" className={fr.cx("fr-breadcrumb__button")} aria-expanded="false" aria-controls={COLLAPSE_ID}>
        Voir le fil d’Ariane
      </button>
      <div className={fr.cx("fr-collapse")} id={COLLAPSE_ID}>
        <ol className={fr.cx("fr-breadcrumb__list")}>
          {links.map((link) => (
            <li key={link.href}>
              <Link className={fr.cx("fr-breadcrumb__link")} href={link.href}>
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <span className={fr.cx("fr-breadcrumb__link")} aria-current="page">
              {currentPageLabel}
            </span>
          </li>
        </ol>
      </div>
    </nav>
  );
}
