// Fixed paths of every partner stand-in, shared with the identity provider's
// client registry (redirect_uri and post_logout_redirect_uri are derived from them).
export const PARTNER_PATHS = {
  /** OIDC redirect_uri. */
  callback: "/connexion/retour",
  /** GET: confirmation page; POST: starts RP-initiated logout. */
  signOut: "/deconnexion",
  /** OIDC post_logout_redirect_uri. */
  postLogout: "/deconnexion/retour",
  health: "/healthz",
} as const;
