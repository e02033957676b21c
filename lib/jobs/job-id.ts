import { createHash } from "node:crypto";

/**
 * The job id a singleton key always maps to (UUID-shaped SHA-256 of queue name and key): pg-boss
 * inserts with ON CONFLICT DO NOTHING on (name, id), so a second enqueue of the same key is a no-op
 * for as long as the job is kept, whatever its state.
 */
export function jobIdForKey(queueName: string, singletonKey: string): string {
  const hex = createHash("sha256").update(`${queueName}\u0000${singletonKey}`).digest("hex");
  // Version 8 (custom) and RFC 4122 variant bits, so the value is a valid UUID for PostgreSQL.
  const variant = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
