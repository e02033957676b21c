"use client";

import { useEffect } from "react";

export type FocusOnLoadProps = { targetId: string };

/**
 * Moves the focus to the element that answers what the person just sent
 * (errors or results), so a screen reader reads it and a phone shows it.
 * Without JavaScript the page's #fragment scrolls to it instead.
 */
export function FocusOnLoad({ targetId }: FocusOnLoadProps) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
