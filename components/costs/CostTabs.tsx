import { Link } from "@/components/Link";

export type CostTab = "ehpad" | "domicile";

export type CostTabsProps = { current: CostTab; path: string };

const TABS: Array<{ value: CostTab; label: string }> = [
  { value: "ehpad", label: "En EHPAD" },
  { value: "domicile", label: "À domicile" },
];

/** Two links rather than scripted tabs: each is its own page state, shareable and usable without JavaScript. */
export function CostTabs({ current, path }: CostTabsProps) {
  return (
    <nav aria-label="Où vivez-vous ?" className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {TABS.map((tab) => (
          <li key={tab.value}>
            <Link
              href={`${path}?onglet=${tab.value}`}
              className={`fr-btn ${tab.value === current ? "" : "fr-btn--secondary"}`.trim()}
              aria-current={tab.value === current ? "page" : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
