"use client";

import { useEffect } from "react";

export type FocusOnLoadProps = { targetId: string };

/** How long after hydration a focus lost to the page body is given back (a slow phone's scripts may still be starting). */
const GUARD_MS = 3_000;

/**
 * Moves the focus to the element that answers what the person just sent
 * (errors or results), so a screen reader reads it and a phone shows it.
 * Without JavaScript the page's #fragment scrolls to it instead.
 *
 * A script that starts after hydration (the DSFR's, on a slow phone) may take
 * the focus back to the page body: for a few seconds, a focus that falls back
 * to the body is given back to the answer. A focus the person moved somewhere
 * else is left where it is.
 */
export function FocusOnLoad({ targetId }: FocusOnLoadProps) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target) return;
    target.focus();
    const giveBack = () => {
      if (document.activeElement === document.body || document.activeElement === null) target.focus();
    };
    const until = Date.now() + GUARD_MS;
    const onBlur = () => {
      if (Date.now() < until) setTimeout(giveBack, 0);
    };
    target.addEventListener("blur", onBlur);
    window.addEventListener("load", giveBack, { once: true });
    const timer = window.setTimeout(() => target.removeEventListener("blur", onBlur), GUARD_MS);
    return () => {
      target.removeEventListener("blur", onBlur);
      window.removeEventListener("load", giveBack);
      window.clearTimeout(timer);
    };
  }, [targetId]);
  return null;
}
