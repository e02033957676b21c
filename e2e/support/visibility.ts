import { expect, type Page } from "@playwright/test";

/** A button whose text does not fit in its box, as the page draws it. */
export type CutButton = { text: string; width: number; scrollWidth: number };

/**
 * Every visible button (`button`, `a.fr-btn`, submit inputs) whose visible
 * text is cut: wider than its box while the box hides the overflow, as with
 * the DSFR icon-only rule (`max-width: 2.5rem; overflow: hidden`) reaching a
 * button that has text. Icon-only buttons are skipped: no visible text, or
 * DSFR's `fr-btn--icon-only` / text repeated as the `title` tooltip.
 */
export async function findCutButtons(page: Page): Promise<CutButton[]> {
  return page.evaluate(() => {
    const selector = "button, a.fr-btn, input[type=submit], input[type=button]";
    const visibleText = (element: Element): string => {
      if (element instanceof HTMLInputElement) return element.value.trim();
      // Screen-reader-only parts (.fr-sr-only) are not seen, so they cannot be cut.
      const clone = element.cloneNode(true) as Element;
      for (const hidden of clone.querySelectorAll(".fr-sr-only")) hidden.remove();
      return (clone.textContent ?? "").replace(/\s+/g, " ").trim();
    };
    const cut: { text: string; width: number; scrollWidth: number }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
      if (element.closest("[hidden], [aria-hidden=true], .fr-sr-only")) continue;
      if (element.classList.contains("fr-btn--icon-only")) continue;
      const text = visibleText(element);
      if (!text) continue;
      // DSFR's icon-only pattern (e.g. the header's « Menu » at 375 px): text hidden on purpose, repeated as the title.
      if (element.title.trim() === text) continue;
      // One pixel of rounding is not a cut letter.
      if (element.scrollWidth > element.clientWidth + 1 && style.overflowX !== "visible") {
        cut.push({ text, width: element.clientWidth, scrollWidth: element.scrollWidth });
      }
    }
    return cut;
  });
}

/** Fails when a visible button's text is cut (lists each button with its text and widths). */
export async function expectButtonsFullyVisible(page: Page): Promise<void> {
  const cut = await findCutButtons(page);
  expect(
    cut.map((button) => `« ${button.text} »: ${button.width} px shown of ${button.scrollWidth} px`),
    `buttons with cut text on ${page.url()}`,
  ).toEqual([]);
}
