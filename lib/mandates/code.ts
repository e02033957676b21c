import { createHash, randomInt } from "node:crypto";

// Invitation codes are read aloud or copied by hand: no 0/O, 1/I/L, nor U/V look-alikes.
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789";
export const CODE_LENGTH = 10;

/** A new invitation code: 10 characters drawn uniformly with the OS CSPRNG (≈ 48 bits). */
export function generateInvitationCode(): string {
  let code = "";
  for (let index = 0; index < CODE_LENGTH; index += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * The code as typed by a person (spaces, dashes, lower case) in its canonical
 * form, or null when it cannot be a code (wrong length or characters).
 */
export function normaliseInvitationCode(input: string): string | null {
  const code = input.normalize("NFKC").replace(/[\s\-_.]/g, "").toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  for (const character of code) if (!CODE_ALPHABET.includes(character)) return null;
  return code;
}

/** "ABCDE-FGHJK": easier to read aloud and copy; the dash is ignored on input. */
export function formatInvitationCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What the database keeps: never the code itself. */
export function hashInvitationCode(code: string): string {
  return createHash("sha256").update(code, "utf8").digest("hex");
}
