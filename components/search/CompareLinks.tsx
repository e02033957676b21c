"use client";

import { Link } from "@/components/Link";
import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef } from "react";

import { compareHref, MAX_COMPARED } from "@/lib/search/client";

import { consumeHistoryTraversal, rememberedSelection, rememberSelection } from "./selection-memory";
import "@codegouvfr/react-dsfr/dsfr/component/notice/notice.main.min.css";

export type CompareToggleProps = {
  offerId: string;
  offerName: string;
  selection: readonly string[];
  /** Builds the URL of the current page with another comparison selection. */
  hrefWith: (selection: string[]) => string;
};

/** The id of the element around an offer's toggle: without JavaScript, the new page scrolls back to it. */
export const compareAnchorId = (offerId: string) => `comparaison-${offerId}`;

/** The toggle just used and where it was on the screen, to put it back there once the page has changed. */
let pressed: { offerId: string; top: number } | null = null;

/**
 * "Ajouter à la comparaison" as a link: the selection lives in the URL, so it works without JavaScript.
 * With JavaScript the new URL replaces the page in the history (Back leaves the page), and the link
 * stays where it was on the screen, with the focus, although the comparison bar appears above it.
 */
export function CompareToggle({ offerId, offerName, selection, hrefWith }: CompareToggleProps) {
  const selected = selection.includes(offerId);
  const ref = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    const link = ref.current;
    if (!link || pressed?.offerId !== offerId) return;
    window.scrollBy(0, link.getBoundingClientRect().top - pressed.top);
    pressed = null;
    if (document.activeElement !== link) link.focus({ preventScroll: true });
  }, [selected, offerId]);
  if (!selected && selection.length >= MAX_COMPARED) {
    return <span className="fr-text--sm">Comparaison complète ({MAX_COMPARED} solutions)</span>;
  }
  const next = selected ? selection.filter((id) => id !== offerId) : [...selection, offerId];
  return (
    <Link
      className={`fr-link fr-link--icon-left ${selected ? "fr-icon-close-line" : "fr-icon-add-line"}`}
      replace
      scroll={false}
      href={`${hrefWith(next)}#${encodeURIComponent(compareAnchorId(offerId))}`}
      title={selected ? `Retirer ${offerName} de la comparaison` : `Ajouter ${offerName} à la comparaison`}
      ref={ref}
      onClick={(event) => {
        pressed = { offerId, top: event.currentTarget.getBoundingClientRect().top };
        rememberSelection(next);
      }}
    >
      {selected ? "Retirer de la comparaison" : "Ajouter à la comparaison"}
    </Link>
  );
}

export type CompareSelectionSyncProps = {
  selection: readonly string[];
  /** The query parameter that holds the selection on this page. */
  param?: "comparer" | "offres";
};

/**
 * Back and Forward restore a page with the selection it had then; the person expects the one
 * they have made since (issue #18). Outside history moves the URL is the truth (links, shared URLs).
 */
export function CompareSelectionSync({ selection, param = "comparer" }: CompareSelectionSyncProps) {
  const router = useRouter();
  const key = selection.join("\n");
  useEffect(() => {
    const shown = key === "" ? [] : key.split("\n");
    const latest = consumeHistoryTraversal() ? rememberedSelection() : null;
    if (latest === null || latest.join("\n") === key) {
      rememberSelection(shown);
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.delete(param);
    for (const id of latest) url.searchParams.append(param, id);
    router.replace(`${url.pathname}${url.search}`, { scroll: false });
  }, [key, param, router]);
  return null;
}

export type CompareBarProps = { selection: readonly string[]; back: string };

export function CompareBar({ selection, back }: CompareBarProps) {
  return (
    <div aria-live="polite">
      {selection.length > 0 ? (
        <div className="fr-notice fr-notice--info fr-mb-3w">
          <div className="fr-container">
            <div className="fr-notice__body">
              <p className="fr-notice__title">
                {selection.length} solution{selection.length > 1 ? "s" : ""} sélectionnée{selection.length > 1 ? "s" : ""} pour la comparaison.{" "}
                <Link href={compareHref(selection, back)}>Comparer{selection.length < 2 ? " (ajoutez une autre solution)" : ""}</Link>
              </p>
            </div>
          </div>
        </div>
      ) : null}
      <CompareSelectionSync selection={selection} />
    </div>
  );
}
