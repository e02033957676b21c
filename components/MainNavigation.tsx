"use client";

import { MainNavigation as DsfrMainNavigation } from "@codegouvfr/react-dsfr/MainNavigation";
import { usePathname } from "next/navigation";

// Not "@/lib/site-map": it would bring the text of every information page into every page's JavaScript.
import { isCurrentSection, mainNavigation } from "@/lib/main-navigation";

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
