import { isIP } from "node:net";

/** Bucket for requests whose address cannot be read: they share one counter (never unlimited). */
export const UNKNOWN_ADDRESS = "inconnue";

/**
 * The address of the person behind a request, as a counter key.
 *
 * Next.js writes the connection's address into `X-Forwarded-For` only when the
 * request carries none; a route handler has no other way to read it. So:
 * - `trustedProxies` = 0 (the portal is reached directly): the last entry, which
 *   is the connection's address unless the client sent its own header — a client
 *   could then pick its per-address counter, which is why production runs behind
 *   a proxy; the per-person and portal-wide limits do not depend on addresses.
 * - `trustedProxies` = N ≥ 1: each of our N proxies appends the address it saw,
 *   so the N-th entry from the right is the client; anything left of it was
 *   written by the client and is ignored.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_ADDRESS;
  const index = Math.max(0, entries.length - Math.max(1, trustedProxies));
  return normaliseAddress(entries[index] ?? "");
}

function normaliseAddress(raw: string): string {
  // "[2001:db8::1]:443" and "203.0.113.9:51234" appear behind some proxies.
  let address = raw.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1");
  if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase().replace(/^::ffff:(?=\d{1,3}(\.\d{1,3}){3}$)/, "");
  const version = isIP(address);
  if (version === 4) return address;
  // One IPv6 subscriber gets a whole /64: count it as one address.
  if (version === 6) return `${ipv6Prefix64(address)}::/64`;
  return UNKNOWN_ADDRESS;
}

function ipv6Prefix64(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups] : headGroups;
  return groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":");
}
