"use client";

import { useState, useSyncExternalStore } from "react";

export type CopyLinkButtonProps = { link: string };

type Outcome = "idle" | "copied" | "failed";

const subscribeToNothing = () => () => undefined;

const MESSAGES: Record<Outcome, string> = {
  idle: "",
  copied: "Lien copié. Vous pouvez le coller dans un SMS ou un courriel.",
  failed: "Le lien n'a pas pu être copié : sélectionnez-le ci-dessus et copiez-le vous-même.",
};

/**
 * « Copier le lien », with its outcome announced in a live region. Shown once
 * JavaScript runs (the clipboard needs it); the link stays on the page as text.
 */
export function CopyLinkButton({ link }: CopyLinkButtonProps) {
  // False on the server and at hydration, true once JavaScript runs: no button that could not work.
  const ready = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [outcome, setOutcome] = useState<Outcome>("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }

  return (
    <>
      {ready ? (
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-clipboard-line fr-btn--icon-left" onClick={() => void copy()}>
          Copier le lien
        </button>
      ) : null}
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <p role="status" className={`fr-text--sm fr-mt-1w fr-mb-0${outcome === "failed" ? " fr-error-text" : ""}`}>
        {MESSAGES[outcome]}
      </p>
    </>
  );
}
