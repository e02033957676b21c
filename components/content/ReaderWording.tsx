import type { Wording } from "@/lib/content";

export type ReaderWordingProps = { wording: Wording };

/**
 * Both wordings of a wizard text; app/globals.css shows the one matching the
 * "Pour qui ?" answer checked in the same form (.portal-orientation), so the
 * question changes person as soon as it is answered, without JavaScript.
 */
export function ReaderWording({ wording }: ReaderWordingProps) {
  if (typeof wording === "string") return wording;
  return (
    <>
      <span className="portal-orientation__moi">{wording.moi}</span>
      <span className="portal-orientation__proche">{wording.proche}</span>
    </>
  );
}
