"use client";

import { MainNavigation as DsfrMainNavigation } from "@codegouvfr/react-dsfr/MainNavigation";
import { usePathname } from "next/navigation";

import { isCurrentSection, mainNavigation } from "@/lib/site-map";

export function MainNavigation() {
  const pathname = usePathname();
  return (
    <DsfrMainNavigation
      items={mainNavigation.map((item) => ({
        text: item.text,
        linkProps: { href: item.path },
        isActive: isCurrentSection(pathname, item.path),
      }))}
    />
  );
}
