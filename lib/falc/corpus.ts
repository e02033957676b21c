import { listContentFalcDocuments } from "@/lib/content/falc-documents";
import { listCostFalcDocuments } from "@/lib/costs/explain";
import { listRequestFalcDocuments } from "@/lib/requests/model";

import { type FalcDocument, type FalcDocumentIssue, checkFalcDocument } from "./check";

/**
 * Every FALC text shipped by the portal (content pages, orientation wizard,
 * request statuses, cost estimates). Kept out of ./index because lib/content and lib/requests
 * import the checker from there.
 */
export function listFalcCorpus(): FalcDocument[] {
  return [...listContentFalcDocuments(), ...listRequestFalcDocuments(), ...listCostFalcDocuments()];
}

/** Checks the whole corpus; an empty list means every FALC text passes. */
export function checkAllFalcContent(): FalcDocumentIssue[] {
  return listFalcCorpus().flatMap((document) => checkFalcDocument(document));
}
