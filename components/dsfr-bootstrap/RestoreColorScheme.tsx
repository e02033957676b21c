"use client";

import { useEffect } from "react";

/**
 * A page that calls `notFound()` reaches the browser as Next's bare error shell
 * (next.js#98295, production builds) and the root layout is then rendered on the
 * client, which resets the <html> attributes: the DSFR colour scheme is lost. The
 * layout gives <html> a placeholder theme (so react-dsfr's watcher always reads
 * one); this puts back the person's scheme, as the DSFR head script would have.
 */
export function RestoreColorScheme() {
  useEffect(() => {
    const html = document.documentElement;
    if (html.hasAttribute("data-fr-scheme")) return;
    const stored = localStorage.getItem("scheme");
    const scheme = stored === "dark" || stored === "light" ? stored : "system";
    const dark = scheme === "dark" || (scheme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
    html.setAttribute("data-fr-scheme", scheme);
    html.setAttribute("data-fr-theme", dark ? "dark" : "light");
  }, []);
  return null;
}
