import type { FalcDocument } from "@/lib/falc";

import { type StatusKind, listStatusExplanations } from "./status-explanations";
import { getAidantStatusTexts } from "./status-explanations-aidant";

const KINDS: readonly StatusKind[] = ["tre-r357", "mdph"];

/** An invented name of typical length, to check the aidant texts (the name counts in each sentence). */
export const SAMPLE_PERSON_NAME = "Lucie Bernard";

/** The FALC texts of every status explanation, one document per status and reader, for the FALC corpus check. */
export function listRequestFalcDocuments(): FalcDocument[] {
  return KINDS.flatMap((kind) =>
    listStatusExplanations(kind).flatMap((status) => {
      const forAidant = getAidantStatusTexts(kind, status.code, SAMPLE_PERSON_NAME);
      return [
        {
          id: `statut ${kind} ${status.code}`,
          explains: status.explains,
          segments: [
            { where: "libellé", text: status.falcLabel },
            { where: "explication", text: status.falc.join("\n") },
            { where: "et maintenant", text: status.next.falc.join("\n") },
          ],
        },
        ...(forAidant
          ? [
              {
                id: `statut ${kind} ${status.code} (aidant)`,
                explains: status.explains,
                segments: [
                  { where: "explication", text: forAidant.falc.join("\n") },
                  { where: "et maintenant", text: forAidant.next.falc.join("\n") },
                ],
              },
            ]
          : []),
      ];
    }),
  );
}
