import { J50_ACCESSIBILITE } from "./nomenclatures";

/**
 * Accessibility of an offer's premises, as the ROR describes it (J50 "accessibilité du lieu":
 * accessible, non accessible, sur demande, non communiqué, conforme, Ad'AP). The other sources
 * (FINESS, France Services, Ma Boussole Aidants) say nothing about it.
 */

/** The text stored with the offer and shown on its page, from a J50 code (null when unknown). */
export function accessibilityText(code: string | null | undefined): string | null {
  const label = code ? J50_ACCESSIBILITE.concepts.get(code) : undefined;
  return label ? `Accessibilité des locaux : ${label}` : null;
}

/**
 * Premises a wheelchair user can enter: declared "Accessible" or "Conforme" to the accessibility
 * rules. "Ad'AP" (works planned) and "Sur demande" are not enough to promise it.
 */
export const STEP_FREE_ACCESSIBILITY_TEXTS: readonly string[] = ["1", "5"].map((code) => accessibilityText(code) as string);
