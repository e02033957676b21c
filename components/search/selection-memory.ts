/**
 * The latest comparison selection made in this tab, and whether the page shown comes from Back or
 * Forward: the selection lives in the URL, and a page restored from the history has an old URL.
 */
const STORAGE_KEY = "portail-autonomie:comparaison";

let traversedHistory = false;
if (typeof window !== "undefined") {
  window.addEventListener("popstate", () => {
    traversedHistory = true;
  });
}

/** True once after each Back or Forward. */
export function consumeHistoryTraversal(): boolean {
  const traversed = traversedHistory;
  traversedHistory = false;
  return traversed;
}

export function rememberSelection(selection: readonly string[]): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(selection));
  } catch {
    // Storage can be off (private modes): the URL still carries the selection.
  }
}

export function rememberedSelection(): string[] | null {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? "null");
    return Array.isArray(value) && value.every((id) => typeof id === "string") ? value : null;
  } catch {
    return null;
  }
}
