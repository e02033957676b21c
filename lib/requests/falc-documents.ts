import type { FalcDocument } from "@/lib/falc";

import { type StatusKind, listStatusExplanations } from "./status-explanations";

const KINDS: readonly StatusKind[] = ["tre-r357", "mdph"];

/** The FALC texts of every status explanation, one document per status, for the FALC corpus check. */
export function listRequestFalcDocuments(): FalcDocument[] {
  return KINDS.flatMap((kind) =>
    listStatusExplanations(kind).map((status) => ({
      id: `statut ${kind} ${status.code}`,
      explains: status.explains,
      segments: [
        { where: "libellé", text: status.falcLabel },
        { where: "explication", text: status.falc.join("\n") },
        { where: "et maintenant", text: status.next.falc.join("\n") },
      ],
    })),
  );
}
