import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { isCurrentSection, mainNavigation, siteRoutes } from "./site-map";

/** Static page routes under app/, with route groups "(…)" removed. */
function appPageRoutes(dir: string, segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry === "api" || entry.startsWith("_")) continue;
      const isGroup = entry.startsWith("(") && entry.endsWith(")");
      routes.push(...appPageRoutes(full, isGroup ? segments : [...segments, entry]));
    } else if (entry === "page.tsx") {
      routes.push(`/${segments.join("/")}`);
    }
  }
  return routes;
}

describe("site map", () => {
  it("lists exactly the static pages that exist under app/", () => {
    const pages = appPageRoutes(path.join(process.cwd(), "app")).filter((route) => !route.includes("["));
    expect(siteRoutes.map((route) => route.path).sort()).toEqual(pages.sort());
  });

  it("has unique paths and titles", () => {
    expect(new Set(siteRoutes.map((route) => route.path)).size).toBe(siteRoutes.length);
    expect(new Set(siteRoutes.map((route) => route.title)).size).toBe(siteRoutes.length);
  });

  it("only links navigation items to known routes", () => {
    const paths = new Set(siteRoutes.map((route) => route.path));
    for (const item of mainNavigation) expect(paths.has(item.path)).toBe(true);
  });

  it.each([
    ["/recherche", "/recherche", true],
    ["/recherche/carte", "/recherche", true],
    ["/recherches", "/recherche", false],
    ["/", "/recherche", false],
  ])("isCurrentSection(%s, %s) is %s", (pathname, section, expected) => {
    expect(isCurrentSection(pathname, section)).toBe(expected);
  });
});
