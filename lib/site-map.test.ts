import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { isCurrentSection, mainNavigation, routesOutsideSiteMap, siteRoutes } from "./site-map";

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
  const patterns = appPageRoutes(path.join(process.cwd(), "app"));
  const toRegExp = (pattern: string) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/]+")}$`);

  it("lists every static page that exists under app/", () => {
    const staticPages = patterns.filter((route) => !route.includes("["));
    const listed = new Set(siteRoutes.map((route) => route.path));
    expect(staticPages.filter((page) => !listed.has(page))).toEqual([]);
  });

  it("lists at least one page for every dynamic route, and only pages that exist", () => {
    for (const pattern of patterns.filter((route) => route.includes("[") && !(routesOutsideSiteMap as readonly string[]).includes(route))) {
      expect(siteRoutes.some((route) => toRegExp(pattern).test(route.path)), pattern).toBe(true);
    }
    for (const route of siteRoutes) {
      const exists = patterns.includes(route.path) || patterns.some((pattern) => pattern.includes("[") && toRegExp(pattern).test(route.path));
      expect(exists, route.path).toBe(true);
    }
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
