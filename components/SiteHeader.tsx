import type { ReactNode } from "react";

import type { AccountHeader } from "@/lib/requests/client";

import { DisplaySettingsDialog } from "./dsfr-bootstrap/DisplaySettingsDialog";
import { AccountHeaderItem, AidantsHeaderItem, MyAccountHeaderItem, NotificationsHeaderItem, SignOutHeaderItem } from "./AccountHeaderItems";
import { displaySettingsItem } from "./display-settings-item";
import { Link } from "./Link";
import { MainNavigation } from "./MainNavigation";

export const SERVICE_NAME = "Portail Autonomie";
export const SERVICE_TAGLINE = "Trouver de l'aide, suivre ses démarches, comprendre ses droits";

const HEADER_ID = "header";
const MENU_MODAL_ID = `header-menu-modal-${HEADER_ID}`;
const MENU_BUTTON_ID = `${HEADER_ID}-menu-button`;

/** `account`: the signed-in person for the quick-access items, read by the root layout. */
export type SiteHeaderProps = { account: AccountHeader | null };

/** The quick-access items, once for wide screens and once in the phone menu dialog (ids end in "-mobile"). */
function QuickAccessItems({ account, usecase }: { account: AccountHeader | null; usecase: "desktop" | "mobile" }) {
  const suffix = usecase === "mobile" ? "-mobile" : "";
  const items: ReactNode[] = [
    <button key="display" type="button" id={`${HEADER_ID}-quick-access-item-0${suffix}`} className={`fr-btn ${displaySettingsItem.iconId}`} {...displaySettingsItem.buttonProps}>
      {displaySettingsItem.text}
    </button>,
    <AccountHeaderItem key="account" account={account} />,
  ];
  if (account) {
    items.push(
      <NotificationsHeaderItem key="notifications" account={account} />,
      <AidantsHeaderItem key="aidants" account={account} />,
      <MyAccountHeaderItem key="my-account" account={account} />,
      <SignOutHeaderItem key="sign-out" account={account} />,
    );
  }
  return (
    <ul className="fr-btns-group">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * The DSFR header (« En-tête »), written out as react-dsfr's `Header` renders it with a service
 * title, quick-access items and a navigation, and rendered on the server only: react-dsfr's
 * `Header` imports its search bar's button and the display artwork, client components that then
 * went into the JavaScript of every page although the portal shows neither (docs/adr/0012-page-weight.md).
 * The DSFR script drives the phone menu dialog from these classes and ids.
 */
export function SiteHeader({ account }: SiteHeaderProps) {
  return (
    <>
      {/* react-dsfr's own dialog titles itself with an h1: this one uses an h2. */}
      <DisplaySettingsDialog />
      <header role="banner" id={HEADER_ID} className="fr-header">
        <div className="fr-header__body">
          <div className="fr-container">
            <div className="fr-header__body-row">
              <div className="fr-header__brand fr-enlarge-link">
                <div className="fr-header__brand-top">
                  <div className="fr-header__logo">
                    <p className="fr-logo">
                      République
                      <br />
                      Française
                    </p>
                  </div>
                  <div className="fr-header__navbar">
                    <button type="button" className="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls={MENU_MODAL_ID} id={MENU_BUTTON_ID} title="Menu">
                      Menu
                    </button>
                  </div>
                </div>
                <div className="fr-header__service">
                  <Link href="/" title={`Accueil - ${SERVICE_NAME}`}>
                    <p className="fr-header__service-title">{SERVICE_NAME}</p>
                  </Link>
                  <p className="fr-header__service-tagline">{SERVICE_TAGLINE}</p>
                </div>
              </div>
              <div className="fr-header__tools">
                <div className="fr-header__tools-links">
                  <QuickAccessItems account={account} usecase="desktop" />
                </div>
              </div>
            </div>
          </div>
        </div>
        <div className="fr-header__menu fr-modal" id={MENU_MODAL_ID} aria-labelledby={MENU_BUTTON_ID}>
          <div className="fr-container">
            <button type="button" id={`${HEADER_ID}-mobile-overlay-button-close`} className="fr-btn--close fr-btn" aria-controls={MENU_MODAL_ID} title="Fermer">
              Fermer
            </button>
            <div className="fr-header__menu-links">
              <QuickAccessItems account={account} usecase="mobile" />
            </div>
            <MainNavigation />
          </div>
        </div>
      </header>
    </>
  );
}
