import { TestBrowser, formAction } from "../partner-kit/test-browser";

// Test support: a person goes through the pairing screens (sign-in at the
// identity provider, then MES's consent screen) without a real browser, and
// the redirect back to the service is returned instead of followed.

export async function consentAtMes(options: {
  authorizeUrl: string;
  idpUrl: string;
  sub: string;
  redirectUri: string;
  decision?: "accepter" | "refuser";
  browser?: TestBrowser;
}): Promise<URL> {
  const browser = options.browser ?? new TestBrowser();
  const stopAt = (url: string) => url.startsWith(options.redirectUri);
  let { final } = await browser.browse(options.authorizeUrl, { stopAt });
  const login = formAction(final.body, "/login");
  if (login) ({ final } = await browser.browse(new URL(login, options.idpUrl).href, { method: "POST", form: { sub: options.sub }, stopAt }));
  const decision = formAction(final.body, "/oauth/decision");
  if (!decision) throw new Error(`no consent form at ${final.url} (${final.status})`);
  const demande = /name="demande" value="([^"]+)"/.exec(final.body)?.[1] ?? "";
  const { final: back } = await browser.browse(new URL(decision, final.url).href, { method: "POST", form: { demande, decision: options.decision ?? "accepter" }, stopAt });
  if (!back.location) throw new Error(`MES did not redirect back (${back.status})`);
  return new URL(back.location);
}
