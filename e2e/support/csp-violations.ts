import { expect, test as base } from "@playwright/test";

/** One Content-Security-Policy violation seen in the browser, portal or partner stand-in. */
export type CspViolation = { page: string; directive: string; blocked: string; sample?: string; source?: string };

declare global {
  interface Window {
    __reportCspViolation?: (violation: CspViolation) => void;
  }
}

// Chromium logs each violation as "Refused to … because it violates the following Content Security Policy directive …".
const CSP_CONSOLE_MESSAGE = /Content Security Policy/i;

/**
 * `test` with an automatic fixture that fails the test on any CSP violation
 * reported while it runs, in every page of its browser context (the portal and
 * the partner stand-ins it is redirected to). Two channels: the
 * `securitypolicyviolation` event (installed before any page script) and the
 * console, which still reports the policy's refusals when JavaScript is disabled.
 * Spec files import `test` and `expect` from here instead of `@playwright/test`.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding("__reportCspViolation", (_source, violation: CspViolation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          window.__reportCspViolation?.({
            page: event.documentURI,
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            sample: event.sample,
            source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : undefined,
          });
        });
      });
      context.on("console", (message) => {
        if (message.type() === "error" && CSP_CONSOLE_MESSAGE.test(message.text())) {
          violations.push({ page: message.page()?.url() ?? "", directive: "(console)", blocked: message.text() });
        }
      });
      await use(violations);
      expect(violations, "no Content-Security-Policy violation while the test ran").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
