import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Header } from "@codegouvfr/react-dsfr/Header";

import type { AccountHeader } from "@/lib/requests/client";

import { DisplaySettingsDialog } from "./dsfr-bootstrap/DisplaySettingsDialog";
import { AccountHeaderItem, AidantsHeaderItem, MyAccountHeaderItem, NotificationsHeaderItem, SignOutHeaderItem } from "./AccountHeaderItems";
import { MainNavigation } from "./MainNavigation";

export const SERVICE_NAME = "Portail Autonomie";
export const SERVICE_TAGLINE = "Trouver de l'aide, suivre ses démarches, comprendre ses droits";

/** `account`: the signed-in person for the quick-access items, read by the root layout. */
export type SiteHeaderProps = { account: AccountHeader | null };

export function SiteHeader({ account }: SiteHeaderProps) {
  return (
    <>
      {/* react-dsfr's own dialog titles itself with an h1: this one uses an h2. */}
      <DisplaySettingsDialog />
      <Header
        id="header"
        disableDisplay
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        serviceTitle={SERVICE_NAME}
        serviceTagline={SERVICE_TAGLINE}
        homeLinkProps={{ href: "/", title: `Accueil - ${SERVICE_NAME}` }}
        quickAccessItems={[
          headerFooterDisplayItem,
          <AccountHeaderItem key="account" account={account} />,
          <NotificationsHeaderItem key="notifications" account={account} />,
          <AidantsHeaderItem key="aidants" account={account} />,
          <MyAccountHeaderItem key="my-account" account={account} />,
          <SignOutHeaderItem key="sign-out" account={account} />,
        ]}
        navigation={<MainNavigation />}
      />
    </>
  );
}
