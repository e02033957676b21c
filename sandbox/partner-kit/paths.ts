// Fixed paths of every partner stand-in, shared with the identity provider's
// client registry (redirect_uri and post_logout_redirect_uri are derived from them).
export const PARTNER_PATHS = {
  /** OIDC redirect_uri. */
  callback: "/connexion/retour",
  /** GET: confirmation page; POST: starts RP-initiated logout. */
  signOut: "/deconnexion",
  /** OIDC post_logout_redirect_uri. */
  postLogout: "/deconnexion/retour",
  /** OpenID Connect Back-Channel Logout 1.0 endpoint (POST logout_token, server to server). */
  backchannelLogout: "/deconnexion/canal-arriere",
  health: "/healthz",
} as const;
